package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host model: its ephemeral port range, its interfaces and routes, and protocols without ports. */
class ExplainHostTest {
    private static final Pattern CLIENT = Pattern.compile("^connection: tcp 198\\.18\\.0\\.1:(\\d+) -> ");

    @TempDir
    Path dir;

    private Run explain(String hostText, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--config-dir", SeedFiles.configDir(dir, true).toString(),
                "--host", SeedFiles.host(dir, hostText).toString()));
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> r.err() + r.out());
        return r;
    }

    private static int clientPort(Run r) {
        Matcher m = CLIENT.matcher(r.lines().getFirst());
        assertTrue(m.find(), r.lines().getFirst());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void ephemeralPortsComeFromTheHostFilesRange() throws IOException {
        String host = SeedFiles.HOST + "port-range 50000 50009\n";
        for (int seed = 0; seed < 20; seed++) {
            int port = clientPort(explain(host, "--seed", Integer.toString(seed), "--connect", "tcp", "198.18.0.2:22"));
            assertTrue(port >= 50000 && port <= 50009, "port " + port);
        }
    }

    @Test
    void portRangeOptionOverridesTheHost() throws IOException {
        for (int seed = 0; seed < 10; seed++) {
            Run r = explain(SeedFiles.HOST, "--seed", Integer.toString(seed), "--port-range", "2000-2001", "--connect", "tcp", "198.18.0.2:443");
            int port = clientPort(r);
            assertTrue(port == 2000 || port == 2001, "port " + port);
            assertEquals("outcome: established", r.last());
        }
    }

    @Test
    void anOifTheRoutesWouldNotChooseIsUsedAndSaid() throws IOException {
        String host = SeedFiles.HOST + "interface enp4s0 198.18.1.1/24\n";
        Run r = explain(host, "--out", "--oif", "enp4s0", "tcp", "198.18.0.2:80");
        assertEquals("verdict: accept", r.last());
        assertTrue(r.out().contains("note: sent by enp4s0 as asked; the host's routes would send it by enp3s0"), r.out());
        assertTrue(r.lines().getFirst().startsWith("packet: tcp SYN 198.18.1.1:"), r.lines().getFirst());
    }

    @Test
    void anUnknownInterfaceIsRefused() throws IOException {
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        Run r = Run.of("--config-dir", SeedFiles.configDir(dir, true).toString(), "--host", host.toString(),
                "--out", "--oif", "eth9", "tcp", "198.18.0.2:80");
        assertEquals(104, r.exit(), r.err());
        assertTrue(r.err().startsWith("Error: INVALID_INTERFACE: host base1 has no interface eth9"), r.err());
    }

    @Test
    void pingOutIsDroppedAndTheConnectIsDeniedAtOnce() throws IOException {
        Run p = explain(SeedFiles.HOST, "--out", "--icmp-type", "echo-request", "icmp", "198.18.0.2");
        assertEquals("verdict: drop", p.last());
        assertTrue(p.lines().getFirst().startsWith("packet: icmp type 8 code 0 198.18.0.1 -> 198.18.0.2"), p.lines().getFirst());
        Run c = explain(SeedFiles.HOST, "--connect", "udp", "198.18.0.2:53");
        assertEquals("outcome: denied", c.last());
        assertEquals(1, c.starting("lost: request ").size(), c.out());
    }

    @Test
    void forwardingIsExplainedOnAHostThatForwards() throws IOException {
        Path zones = java.nio.file.Files.createDirectories(SeedFiles.configDir(dir, true).resolve("zones"));
        java.nio.file.Files.writeString(zones.resolve("trusted.xml"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<zone target=\"ACCEPT\"><interface name=\"enp4s0\"/></zone>\n");
        String host = SeedFiles.HOST + "forwarding yes\ninterface enp4s0 198.18.1.1/24\n";
        Run r = explain(host, "--fwd", "--iif", "enp4s0", "--from", "198.18.1.7:40000", "tcp", "198.18.0.2:80");
        assertEquals("verdict: accept", r.last());
        assertEquals(List.of("zone: trusted (interface enp4s0)"), r.starting("zone:"), r.out());
        assertTrue(r.starting("hook").equals(List.of("hook prerouting (iif enp4s0)", "hook forward (iif enp4s0, oif enp3s0)",
                "hook postrouting (iif enp4s0, oif enp3s0)")), r.out());
    }

    @Test
    void forwardingOnAHostThatDoesNotIsNotForwarded() throws IOException {
        Run r = explain(SeedFiles.HOST + "interface enp4s0 198.18.1.1/24\n", "--fwd", "--from", "198.18.1.7", "tcp", "198.18.0.2:80");
        assertEquals("verdict: drop", r.last());
        assertTrue(r.out().contains("fate: not forwarded"), r.out());
    }
}
