package org.portcullis.config.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.zone.Port;

class CatalogLoaderTest {

    private static void write(Path dir, String file, String xml) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), xml);
    }

    @Test
    void builtinsAloneWithoutDirectories(@TempDir Path empty) {
        Catalog c = CatalogLoader.load(empty.resolve("none"), empty.resolve("none-either"));
        assertEquals(9, c.zones().size());
        assertTrue(c.services().size() >= 45);
        assertEquals(List.of("allow-host-ipv6"), List.copyOf(c.policies().keySet()));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void configurationFilesOverrideByNameAndAddNewOnes(@TempDir Path etc, @TempDir Path usr) throws IOException {
        write(usr, "ssh.xml", "<service><port port='2222' protocol='tcp'/></service>");
        write(usr, "extra.xml", "<service><port port='1' protocol='udp'/></service>");
        write(etc.resolve("services"), "extra.xml", "<service><port port='2' protocol='udp'/></service>");
        write(etc.resolve("zones"), "public.xml", "<zone><service name='http'/></zone>");
        write(etc.resolve("zones"), "lab.xml", "<zone target='DROP'/>");
        write(etc.resolve("policies"), "out.xml",
                "<policy target='ACCEPT'><ingress-zone name='HOST'/><egress-zone name='ANY'/></policy>");
        Catalog c = CatalogLoader.load(etc, usr);
        assertEquals(List.of(Port.parse("2222/tcp")), c.service("ssh").orElseThrow().ports());
        assertEquals(List.of(Port.parse("2/udp")), c.service("extra").orElseThrow().ports());
        assertEquals(List.of("http"), c.zone("public").orElseThrow().services());
        assertTrue(c.zone("lab").isPresent());
        assertTrue(c.policy("out").isPresent());
        assertEquals(10, c.zones().size());
    }

    @Test
    void brokenFilesAreSkippedAndReported(@TempDir Path etc) throws IOException {
        write(etc.resolve("zones"), "bad.xml", "<zone><service/></zone>");
        write(etc.resolve("zones"), "public.xml", "<zone><port port='99999' protocol='tcp'/></zone>");
        write(etc.resolve("zones"), "notes.txt", "ignored");
        write(etc.resolve("policies"), "work.xml", "<policy target='ACCEPT'/>");
        Catalog c = CatalogLoader.load(etc, etc.resolve("none"));
        assertEquals(List.of(ErrorCode.PARSE_ERROR, ErrorCode.INVALID_PORT, ErrorCode.NAME_CONFLICT),
                c.problems().stream().map(p -> p.error().code()).toList());
        assertEquals(List.of("ssh", "dhcpv6-client"), c.zone("public").orElseThrow().services());
        assertTrue(c.zone("bad").isEmpty());
        assertTrue(c.policy("work").isEmpty());
    }

    @Test
    void systemServicesOfAnInstalledFirewalldLoad() {
        Assumptions.assumeTrue(Files.isDirectory(CatalogLoader.SYSTEM_SERVICES),
                "no /usr/lib/firewalld/services on this machine");
        Catalog c = CatalogLoader.load(null);
        assertTrue(c.service("ssh").isPresent());
        assertEquals(List.of(), c.problems().stream().filter(p -> p.error().code() != ErrorCode.INVALID_PROTOCOL)
                .toList());
    }

    @Test
    void ipsetsComeFromTheSystemDirectoryAndTheConfigurationDirectory(@TempDir Path etc, @TempDir Path usr)
            throws IOException {
        write(usr, "shipped.xml", "<ipset type='hash:ip'><entry>198.18.0.1</entry></ipset>");
        write(usr, "changed.xml", "<ipset type='hash:ip'><entry>198.18.0.2</entry></ipset>");
        write(etc.resolve("ipsets"), "changed.xml", "<ipset type='hash:net'><entry>198.18.0.0/24</entry></ipset>");
        write(etc.resolve("ipsets"), "own.xml", "<ipset type='hash:mac'/>");
        write(etc.resolve("ipsets"), "broken.xml", "<ipset type='bitmap:ip'/>");
        Catalog c = CatalogLoader.load(etc, etc.resolve("none"), usr);
        assertEquals(List.of("changed", "own", "shipped"), List.copyOf(c.ipsets().keySet()));
        assertEquals(List.of("198.18.0.0/24"), c.ipset("changed").orElseThrow().entries());
        assertEquals(List.of("changed", "shipped"), List.copyOf(c.builtinIpsets()));
        assertEquals(List.of(ErrorCode.INVALID_TYPE), c.problems().stream().map(p -> p.error().code()).toList());
    }
}
