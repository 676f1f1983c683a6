package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's direct rules on base1, explained from a configuration directory. */
class ExplainSeedTest {
    static final String DROP_RULE = "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP";

    @TempDir
    Path dir;
    String host;
    String conf;

    @BeforeEach
    void files() throws IOException {
        host = SeedFiles.host(dir, SeedFiles.HOST).toString();
        conf = SeedFiles.configDir(dir, true).toString();
    }

    private Run explain(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--config-dir", conf, "--host", host, "--seed", "1"));
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> r.err() + r.out());
        return r;
    }

    @Test
    void sshOutIsAcceptedByThePriorityZeroRule() {
        Run r = explain("--out", "--oif", "enp3s0", "tcp", "198.18.0.2:22");
        assertEquals("verdict: accept", r.last());
        assertTrue(r.out().contains("decided by: ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT"), r.out());
        assertTrue(r.out().contains("hook output (oif enp3s0)"), r.out());
        assertTrue(r.out().contains("hook postrouting"), r.out());
    }

    @Test
    void httpsOutIsAccepted() {
        Run r = explain("--out", "--oif", "enp3s0", "tcp", "198.18.0.2:443");
        assertEquals("verdict: accept", r.last());
        assertTrue(r.out().contains("decided by: ipv4 filter OUTPUT 1 -o enp3s0 -p tcp --dport 443 -j ACCEPT"), r.out());
    }

    @Test
    void httpOutIsDroppedByThePriority1000Rule() {
        Run r = explain("--out", "--oif", "enp3s0", "tcp", "198.18.0.2:80");
        assertEquals("verdict: drop", r.last());
        assertEquals(List.of("decided by: " + DROP_RULE), r.starting("decided by:"));
        assertTrue(r.lines().stream().anyMatch(l -> l.trim().startsWith("nft: ") && l.contains("oifname") && l.contains("\"enp3s0\"") && l.trim().endsWith("drop")), r.out());
        assertTrue(r.starting("hook").equals(List.of("hook output (oif enp3s0)")), r.out());
        assertTrue(r.lines().contains("    rule #0 not matched: ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT"), r.out());
        assertTrue(r.lines().contains("    rule #1 not matched: ipv4 filter OUTPUT 1 -o enp3s0 -p tcp --dport 443 -j ACCEPT"), r.out());
    }

    @Test
    void establishedHttpPacketIsAcceptedByTheCtRule() {
        Run r = explain("--out", "--oif", "enp3s0", "--ct-state", "established", "tcp", "198.18.0.2:80");
        assertEquals("verdict: accept", r.last());
        assertTrue(r.out().contains("decided by: ipv4 filter OUTPUT 100 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"), r.out());
    }

    @Test
    void httpConnectionTimesOutWithEverySynLost() {
        Run r = explain("--connect", "tcp", "198.18.0.2:80");
        assertEquals("outcome: timeout", r.last());
        assertEquals(1, r.starting("outcome:").size());
        List<String> lost = r.starting("lost:");
        assertEquals(7, lost.size(), r.out());
        for (String l : lost) {
            assertTrue(l.matches("lost: SYN( \\(retransmission \\d\\))? 198\\.18\\.0\\.1:\\d+ -> 198\\.18\\.0\\.2:80 dropped in output by "
                    + DROP_RULE.replace(".", "\\.")), l);
        }
    }

    @Test
    void sshConnectionIsEstablishedWithTheEphemeralPortShown() {
        Run r = explain("--connect", "tcp", "198.18.0.2:22");
        assertEquals("outcome: established", r.last());
        assertTrue(r.starting("lost:").isEmpty(), r.out());
        assertTrue(r.lines().getFirst().matches("connection: tcp 198\\.18\\.0\\.1:\\d{5} -> 198\\.18\\.0\\.2:22 \\(this host connects out\\)"),
                r.lines().getFirst());
    }

    @Test
    void inboundSshWithoutTheEstablishedRuleLosesTheSynAck() throws IOException {
        conf = SeedFiles.configDir(dir.resolve("noct"), false).toString();
        Run r = explain("--connect", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertEquals("outcome: timeout", r.last());
        String client = r.lines().getFirst().replaceAll("^connection: tcp (\\S+) -> .*$", "$1");
        assertTrue(client.matches("198\\.18\\.0\\.2:\\d+"), client);
        List<String> synAcks = r.starting("lost: SYN-ACK");
        assertEquals(7, synAcks.size(), r.out());
        assertEquals("lost: SYN-ACK 198.18.0.1:22 -> " + client + " dropped in output by " + DROP_RULE, synAcks.getFirst());
        assertTrue(r.starting("lost: SYN ").isEmpty(), r.out());
    }

    @Test
    void inboundSshWithTheEstablishedRuleIsEstablished() {
        Run r = explain("--connect", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertEquals("outcome: established", r.last());
    }
}
