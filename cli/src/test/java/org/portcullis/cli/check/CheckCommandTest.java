package org.portcullis.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.analysis.explain.source.DaemonSources;
import org.portcullis.engine.host.HostFile;

/** {@code portcullis check} over configuration directories: warnings, exit codes, text and JSON. */
class CheckCommandTest {
    private static final String DROP = "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP";

    @TempDir
    Path dir;
    String host;

    @BeforeEach
    void files() throws IOException {
        host = CheckFiles.host(dir, CheckFiles.DUAL).toString();
    }

    private CheckRun check(List<String> rules, String... more) throws IOException {
        String conf = CheckFiles.configDir(dir, "conf", rules).toString();
        List<String> args = new java.util.ArrayList<>(List.of("--config-dir", conf, "--host", host));
        args.addAll(List.of(more));
        return CheckRun.of(args.toArray(String[]::new));
    }

    @Test
    void theSeedWithoutTheEstablishedRuleWarnsAndExitsOne() throws IOException {
        CheckRun r = check(CheckFiles.SEED_WITHOUT_ESTABLISHED, "--resolver", "198.18.0.53", "--ssh-connection", CheckFiles.SESSION);
        assertEquals(1, r.exit(), r.err() + r.out());
        assertEquals(List.of("[ssh-lockout]", "[replies-dropped]", "[dns-blocked]", "[ipv6-open]"),
                r.starting("warning: ").stream().map(l -> l.split(" ")[1]).toList(), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.matches(
                "    lost: SYN-ACK 198\\.18\\.0\\.1:22 -> 192\\.0\\.2\\.10:\\d+ dropped in output by " + DROP.replace(".", "\\."))), r.out());
        assertTrue(r.lines().contains("  fix: firewall-cmd --permanent --direct --add-rule ipv4 filter OUTPUT 0 -o enp3s0 -m state"
                + " --state RELATED,ESTABLISHED -j ACCEPT"), r.out());
        assertTrue(r.lines().contains("  fix: firewall-cmd --permanent --direct --add-rule ipv4 filter OUTPUT 0 -o enp3s0"
                + " -d 198.18.0.53 -p udp --dport 53 -j ACCEPT"), r.out());
        assertTrue(r.lines().contains("  fix: firewall-cmd --permanent --direct --add-rule ipv6 filter OUTPUT 1000 -o enp3s0 -j DROP"),
                r.out());
        assertEquals("warnings: 4", r.lines().getLast());
        assertEquals("", r.err());
    }

    @Test
    void theFullSeedGivesNoWarningAndExitsZero() throws IOException {
        CheckRun r = check(CheckFiles.FULL_SEED, "--resolver", "198.18.0.53", "--ssh-connection", CheckFiles.SESSION);
        assertEquals(0, r.exit(), r.out());
        assertEquals(List.of(), r.starting("warning:"));
        assertEquals("no warnings", r.lines().getLast());
    }

    @Test
    void jsonGivesEachFindingWithItsFlowsAndFix() throws IOException {
        CheckRun r = check(CheckFiles.SEED_WITHOUT_ESTABLISHED, "--json", "--resolver", "198.18.0.53");
        assertEquals(1, r.exit(), r.err());
        Map<String, Object> doc = Json.object(r.out());
        assertEquals("check", doc.get("kind"));
        assertEquals("base1", doc.get("host"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) doc.get("findings");
        assertEquals((long) findings.size(), doc.get("warnings"));
        Map<String, Object> replies = findings.stream().filter(f -> f.get("kind").equals("replies-dropped")).findFirst().orElseThrow();
        assertEquals("ipv4", replies.get("family"));
        assertEquals("leaving", replies.get("direction"));
        assertEquals(List.of("enp3s0"), replies.get("interfaces"));
        @SuppressWarnings("unchecked")
        Map<String, Object> flow = ((List<Map<String, Object>>) replies.get("flows")).getFirst();
        assertEquals("timeout", flow.get("outcome"));
        assertEquals(DROP, flow.get("decidedBy"));
        assertEquals("output", flow.get("hook"));
        @SuppressWarnings("unchecked")
        Map<String, Object> packet = (Map<String, Object>) flow.get("packet");
        assertEquals("SYN-ACK", packet.get("label"));
        assertEquals("dropped", packet.get("fate"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = (Map<String, Object>) flow.get("rule");
        assertEquals(DROP, rule.get("origin"));
        assertEquals("ip", rule.get("family"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fix = (Map<String, Object>) replies.get("fix");
        assertEquals(List.of("firewall-cmd --permanent --direct --add-rule ipv4 filter OUTPUT 0 -o enp3s0 -m state --state"
                + " RELATED,ESTABLISHED -j ACCEPT"), fix.get("commands"));
        Map<String, Object> dns = findings.stream().filter(f -> f.get("kind").equals("dns-blocked")).findFirst().orElseThrow();
        assertEquals("198.18.0.53", dns.get("resolver"));
    }

    @Test
    void theSessionComesFromSshConnectionInTheEnvironment() throws IOException {
        String conf = CheckFiles.configDir(dir, "conf", CheckFiles.SEED_WITHOUT_ESTABLISHED).toString();
        CheckRun r = CheckRun.of(DaemonSources.NONE, Map.of("SSH_CONNECTION", CheckFiles.SESSION), CheckFiles.NO_MACHINE,
                "--config-dir", conf, "--host", host);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("warning: [ssh-lockout] lock-out: the ssh session in use (SSH_CONNECTION 198.51.100.7:50022"
                + " -> 198.18.0.1:22) would be cut"), r.out());
        CheckRun garbled = CheckRun.of(DaemonSources.NONE, Map.of("SSH_CONNECTION", "nonsense"), CheckFiles.NO_MACHINE,
                "--config-dir", conf, "--host", host);
        assertEquals(List.of(), garbled.starting("warning: [ssh-lockout]"));
        assertTrue(garbled.out().contains("note: no ssh session checked: SSH_CONNECTION not understood"), garbled.out());
    }

    @Test
    void thisMachinesResolversAreTheOnesTheLocalStubForwardsTo() throws IOException {
        String conf = CheckFiles.configDir(dir, "conf", List.of(
                "ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT", DROP)).toString();
        Path resolv = Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.53\noptions edns0\n");
        Path upstream = Files.writeString(dir.resolve("upstream.conf"), "nameserver 198.18.0.53\n");
        Machine machine = new Machine(() -> HostFile.parse(CheckFiles.DUAL), resolv, upstream);
        CheckRun r = CheckRun.of(DaemonSources.NONE, Map.of(), machine, "--config-dir", conf);
        assertTrue(r.out().contains("warning: [dns-blocked] DNS blocked: queries to the resolver 198.18.0.53 are dropped"), r.out());
        assertTrue(r.out().contains("note: resolvers: the servers " + upstream + " lists"), r.out());
        CheckRun given = CheckRun.of(DaemonSources.NONE, Map.of(), machine, "--config-dir", conf, "--resolver", "198.18.0.1");
        assertEquals(List.of(), given.starting("warning: [dns-blocked]"), given.out());
    }

    @Test
    void resolvConfGivesTheResolvers() throws IOException {
        Path resolv = Files.writeString(dir.resolve("resolv.conf"), "search example.org\nnameserver 198.18.0.53\n");
        CheckRun r = check(CheckFiles.SEED_WITHOUT_ESTABLISHED, "--resolv-conf", resolv.toString());
        assertEquals(1, r.starting("warning: [dns-blocked]").size(), r.out());
    }

    @Test
    void mistakesAreUsageErrors() {
        for (List<String> args : List.of(List.of("--frobnicate"), List.of("--config-dir", "a", "--ruleset", "b"),
                List.of("--runtime", "--permanent"), List.of("--resolver", "dns.example"), List.of("--resolver"),
                List.of("--ssh-connection", "198.51.100.7 50022"), List.of("tcp", "198.18.0.2:80"),
                List.of("--json", "--json"), List.of("--resolver", "198.18.0.53", "--resolv-conf", "/etc/resolv.conf"))) {
            CheckRun r = CheckRun.of(args.toArray(String[]::new));
            assertEquals(2, r.exit(), args::toString);
            assertTrue(r.err().startsWith("portcullis check: "), r.err());
            assertTrue(r.err().contains("usage: portcullis check"), r.err());
        }
    }

    @Test
    void helpIsNotAnError() {
        CheckRun r = CheckRun.of("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("usage: portcullis check"), r.out());
    }

    @Test
    void withoutADaemonTheRuntimeIsNotRunning() {
        CheckRun r = CheckRun.of("--host", "/nonexistent");
        assertEquals(252, r.exit(), r.err());
    }
}
