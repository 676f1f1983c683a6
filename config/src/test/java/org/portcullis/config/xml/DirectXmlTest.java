package org.portcullis.config.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class DirectXmlTest {
    private static final String EXAMPLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <direct>
              <chain ipv="ipv4" table="raw" chain="blocklist"/>
              <rule ipv="ipv4" table="raw" chain="PREROUTING" priority="0">-s 198.51.100.0/24 -j blocklist</rule>
              <rule ipv="ipv4" table="raw" chain="blocklist" priority="0">-m limit --limit 1/min -j LOG --log-prefix 'blocked: '</rule>
              <rule ipv="ipv4" table="raw" chain="blocklist" priority="1">-j DROP</rule>
              <passthrough ipv="ipv6">-t filter -A INPUT -p tcp --dport 2222 -j ACCEPT</passthrough>
            </direct>
            """;

    private static final DirectConfig EXAMPLE_CONFIG = DirectConfig.of(
            List.of(new DirectChain(Ipv.IPV4, "raw", "blocklist")),
            List.of(new DirectRule(Ipv.IPV4, "raw", "PREROUTING", 0, List.of("-s", "198.51.100.0/24", "-j", "blocklist")),
                    new DirectRule(Ipv.IPV4, "raw", "blocklist", 0,
                            List.of("-m", "limit", "--limit", "1/min", "-j", "LOG", "--log-prefix", "blocked: ")),
                    new DirectRule(Ipv.IPV4, "raw", "blocklist", 1, List.of("-j", "DROP"))),
            List.of(new Passthrough(Ipv.IPV6,
                    List.of("-t", "filter", "-A", "INPUT", "-p", "tcp", "--dport", "2222", "-j", "ACCEPT"))));

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("direct.xml");
        Files.writeString(f, content);
        return f;
    }

    private FirewallException fails(String content) throws IOException {
        Path f = file(content);
        return assertThrows(FirewallException.class, () -> DirectXml.read(f));
    }

    @Test
    void writesFirewalldsLayout() {
        assertEquals(EXAMPLE, DirectXml.toXml(EXAMPLE_CONFIG));
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<direct>\n</direct>\n", DirectXml.toXml(DirectConfig.EMPTY));
    }

    @Test
    void quotesAndEscapesLikeFirewalld() {
        DirectConfig c = DirectConfig.of(List.of(new DirectChain(Ipv.IPV4, "filter", "a\"b<&")),
                List.of(new DirectRule(Ipv.IPV4, "filter", "x'y", -5, List.of("-m", "comment", "--comment", "a<b & c's"))),
                List.of());
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <direct>
                  <chain ipv="ipv4" table="filter" chain='a"b&lt;&amp;'/>
                  <rule ipv="ipv4" table="filter" chain="x'y" priority="-5">-m comment --comment 'a&lt;b &amp; c'"'"'s'</rule>
                </direct>
                """, DirectXml.toXml(c));
    }

    @Test
    void readsTheExample() throws IOException {
        assertEquals(EXAMPLE_CONFIG, DirectXml.read(file(EXAMPLE)));
        assertEquals(DirectConfig.EMPTY, DirectXml.read(dir.resolve("absent.xml")));
    }

    @Test
    void attributeErrors() throws IOException {
        FirewallException e = fails("<direct><rule/></direct>");
        assertEquals(ErrorCode.PARSE_ERROR, e.code());
        assertEquals("Missing attribute ipv for rule", e.detail());
        assertEquals("Missing attribute chain for chain",
                fails("<direct><chain ipv='ipv4' table='filter'/></direct>").detail());
        assertEquals("passthrough: Unexpected attribute table",
                fails("<direct><passthrough ipv='ipv4' table='filter'>-A x</passthrough></direct>").detail());
        assertEquals("More than one direct tag.", fails("<direct><direct/></direct>").detail());
        assertEquals("Unexpected element zone", fails("<direct><zone/></direct>").detail());
    }

    @Test
    void familyAndTableErrors() throws IOException {
        FirewallException chain = fails("<direct><chain ipv='ipv7' table='filter' chain='x'/></direct>");
        assertEquals(ErrorCode.INVALID_IPV, chain.code());
        assertEquals("'ipv7' not in '['ipv4', 'ipv6', 'eb']'", chain.detail());
        assertEquals("'ipv5' not from {'ipv4'|'ipv6'|'eb'}",
                fails("<direct><rule ipv='ipv5' table='filter' chain='x' priority='0'>-j DROP</rule></direct>").detail());
        FirewallException table = fails("<direct><rule ipv='ipv4' table='bad' chain='x' priority='0'>-j DROP</rule></direct>");
        assertEquals(ErrorCode.INVALID_TABLE, table.code());
        assertEquals("'bad' not in 'dict_keys(['security', 'raw', 'mangle', 'nat', 'filter'])'", table.detail());
        assertEquals("'raw' not in 'dict_keys(['broute', 'nat', 'filter'])'",
                fails("<direct><chain ipv='eb' table='raw' chain='x'/></direct>").detail());
    }

    @Test
    void malformedXmlIsNotAValidFile() throws IOException {
        for (String text : List.of("not xml at all", "<direct><rule ipv='ipv4' table='filter' chain='x' "
                + "priority='0'>-j DROP</direct>", "<direct>", "")) {
            FirewallException e = fails(text);
            assertEquals(ErrorCode.INVALID_TYPE, e.code(), text);
            assertTrue(e.detail().startsWith("Not a valid file: "), e.detail());
        }
    }

    @Test
    void ignoredEntriesAndDuplicates() throws IOException {
        DirectConfig c = DirectXml.read(file("""
                <direct>
                  <rule ipv="ipv4" table="filter" chain="INPUT" priority="x1">-j DROP</rule>
                  <rule ipv="ipv4" table="filter" chain="INPUT" priority=" +1_0 ">-j DROP</rule>
                  <rule ipv="ipv4" table="filter" chain="INPUT" priority="3"></rule>
                  <rule ipv="ipv4" table="filter" chain="INPUT" priority="10">-j
                DROP</rule>
                  <chain ipv="ipv4" table="filter" chain="c"/>
                  <chain ipv="ipv4" table="filter" chain="c"/>
                  <passthrough ipv="ipv4">-N c</passthrough>
                  <passthrough ipv="ipv4">-N  c</passthrough>
                </direct>
                """));
        assertEquals(DirectConfig.of(List.of(new DirectChain(Ipv.IPV4, "filter", "c")),
                List.of(new DirectRule(Ipv.IPV4, "filter", "INPUT", 10, List.of("-j", "DROP"))),
                List.of(new Passthrough(Ipv.IPV4, List.of("-N", "c")))), c);
    }

    @Test
    void writeIsAtomicKeepsOldAndCreatesTheDirectory() throws IOException {
        Path conf = dir.resolve("etc/firewalld");
        Path f = conf.resolve("direct.xml");
        DirectXml.write(EXAMPLE_CONFIG, f);
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(conf)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertFalse(Files.exists(conf.resolve("direct.xml.old")));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        DirectXml.write(DirectConfig.EMPTY, f);
        assertEquals(EXAMPLE, Files.readString(conf.resolve("direct.xml.old"), StandardCharsets.UTF_8));
        assertEquals(DirectConfig.EMPTY, DirectXml.read(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        try (Stream<Path> s = Files.list(conf)) {
            assertEquals(List.of("direct.xml", "direct.xml.old"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void checkValidatesEveryRuleAndNamesTheFile() throws IOException {
        Path f = file("<direct><rule ipv='ipv4' table='filter' chain='INPUT' priority='0'>-p tcp --dport 99999 -j ACCEPT</rule></direct>");
        FirewallException e = assertThrows(FirewallException.class, () -> DirectXml.check(f));
        assertEquals(ErrorCode.COMMAND_FAILED, e.code());
        assertTrue(e.detail().startsWith("'" + f + "': '/usr/sbin/iptables-restore -w -n' failed: "), e.detail());
        assertTrue(e.detail().contains("invalid port/service `99999' specified"), e.detail());
        FirewallException ipv = assertThrows(FirewallException.class,
                () -> DirectXml.check(file("<direct><chain ipv='ipv7' table='filter' chain='x'/></direct>")));
        assertEquals(ErrorCode.INVALID_IPV, ipv.code());
        assertEquals(EXAMPLE_CONFIG, DirectXml.check(file(EXAMPLE)));
    }
}
