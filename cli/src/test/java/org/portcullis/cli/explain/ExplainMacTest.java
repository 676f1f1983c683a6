package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mac}: the sender's MAC address decides firewalld's zones bound to a MAC (features-sources). */
class ExplainMacTest {
    static final String HOST = """
            name fw
            interface lo 127.0.0.1/8 ::1/128
            interface enp3s0 ether 52:54:00:00:00:01 198.18.0.1/24 2001:db8::1/64
            route default via 198.18.0.254 dev enp3s0
            """;

    @TempDir
    Path dir;
    String host;

    @BeforeEach
    void files() throws IOException {
        host = SeedFiles.host(dir, HOST).toString();
    }

    private Run explain(String... args) {
        Path file = ExplainOracleTest.ORACLE.resolve("features-sources.json");
        assumeTrue(Files.isRegularFile(file), "oracle ruleset " + file + " is absent");
        List<String> all = new ArrayList<>(List.of("--ruleset", file.toString(), "--host", host, "--seed", "3"));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    @Test
    void theSendersMacPicksTheInternalZone() {
        Run r = explain("--in", "--iif", "enp3s0", "--from", "198.18.0.2", "--mac", "00:11:22:33:44:55", "tcp", "198.18.0.1:22");
        assertEquals(0, r.exit(), r::err);
        assertEquals("verdict: accept", r.last());
        assertTrue(r.out().contains("chain inet firewalld filter_IN_internal_allow (jump)"), r.out());
        assertTrue(r.lines().stream().noneMatch(l -> l.contains("uncertain")), r.out());
    }

    @Test
    void withoutTheMacTheZoneIsUncertain() {
        Run r = explain("--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertEquals(0, r.exit(), r::err);
        assertTrue(r.out().contains("not evaluated (the source MAC address of the frame is not known"), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.contains("uncertain")), r.out());
    }

    @Test
    void anInboundConnectionFromTheMac() {
        Run r = explain("--connect", "--from", "198.18.0.2", "--mac", "00:11:22:33:44:55", "tcp", "198.18.0.1:80");
        assertEquals(0, r.exit(), r::err);
        assertEquals("outcome: unreachable", r.last());
        assertTrue(r.out().contains("filter_IN_internal"), r.out());
    }

    @Test
    void theHostsOwnPacketsTakeNoMac() {
        Run r = explain("--out", "--mac", "00:11:22:33:44:55", "tcp", "198.18.0.2:22");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--mac is for --in, --fwd and --connect"), r.err());
        Run bad = explain("--in", "--from", "198.18.0.2", "--mac", "00:11:22", "tcp", "198.18.0.1:22");
        assertEquals(2, bad.exit());
    }
}
