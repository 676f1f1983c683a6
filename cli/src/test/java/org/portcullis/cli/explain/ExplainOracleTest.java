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

/** Rulesets the real firewalld 1.3 put in a kernel ({@code nft -j list ruleset}), loaded and explained. */
class ExplainOracleTest {
    static final Path ORACLE = Path.of("..", "it", "src", "test", "resources", "oracle");

    @TempDir
    Path dir;
    String host;

    @BeforeEach
    void files() throws IOException {
        host = SeedFiles.host(dir, SeedFiles.HOST).toString();
    }

    private Run explain(String ruleset, String... args) {
        Path file = ORACLE.resolve(ruleset);
        assumeTrue(Files.isRegularFile(file), "oracle ruleset " + file + " is absent");
        List<String> all = new ArrayList<>(List.of("--ruleset", file.toString(), "--host", host, "--seed", "3"));
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> r.err() + r.out());
        return r;
    }

    @Test
    void zoneAcceptsInboundSshInTheZonesAllowChain() {
        Run r = explain("zone-ruleset.json", "--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertEquals("verdict: accept", r.last());
        assertTrue(r.out().contains("chain inet firewalld filter_IN_public_allow (jump)"), r.out());
        assertTrue(r.starting("decided by:").getFirst().matches("decided by: tcp dport (== )?22 accept \\(handle \\d+\\)"), r.out());
    }

    @Test
    void zoneRejectsInboundHttpWithAdminProhibited() {
        Run r = explain("zone-ruleset.json", "--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:80");
        assertEquals("verdict: reject", r.last());
        assertTrue(r.starting("decided by:").getFirst().startsWith("decided by: reject with icmpx admin-prohibited (handle "), r.out());
        assertTrue(r.out().contains("hook input (iif enp3s0)"), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.matches(" +rule #0 handle \\d+ not matched: tcp dport (== )?22 accept")), r.out());
    }

    @Test
    void zoneInboundHttpConnectionIsUnreachable() {
        Run r = explain("zone-ruleset.json", "--connect", "--from", "198.18.0.2", "tcp", "198.18.0.1:80");
        assertEquals("outcome: unreachable", r.last());
        assertTrue(r.starting("lost: SYN ").getFirst().contains("rejected in input by reject with icmpx admin-prohibited"), r.out());
    }

    @Test
    void zoneInboundSshConnectionIsEstablished() {
        Run r = explain("zone-ruleset.json", "--connect", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertEquals("outcome: established", r.last());
        assertTrue(r.starting("lost:").isEmpty(), r.out());
    }

    @Test
    void seedRulesetDropsHttpOutByTheKernelsDropRule() {
        Run r = explain("seed-ruleset.json", "--out", "--oif", "enp3s0", "tcp", "198.18.0.2:80");
        assertEquals("verdict: drop", r.last());
        String decided = r.starting("decided by:").getFirst();
        assertTrue(decided.matches("decided by: .*oifname (== )?\"enp3s0\" counter packets 0 bytes 0 drop \\(handle \\d+\\)"), decided);
    }

    @Test
    void seedRulesetAcceptsSshAndHttpsOut() {
        assertEquals("verdict: accept", explain("seed-ruleset.json", "--out", "tcp", "198.18.0.2:22").last());
        assertEquals("verdict: accept", explain("seed-ruleset.json", "--out", "tcp", "198.18.0.2:443").last());
    }

    @Test
    void seedRulesetHttpConnectionTimesOut() {
        Run r = explain("seed-ruleset.json", "--connect", "tcp", "198.18.0.2:80");
        assertEquals("outcome: timeout", r.last());
        assertEquals(7, r.starting("lost: SYN").size(), r.out());
    }
}
