package org.portcullis.it.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.cli.firewallcmd.Connector;
import org.portcullis.cli.firewallcmd.FirewallCmd;
import org.portcullis.config.catalog.Builtins;
import org.portcullis.daemon.Daemon;
import org.portcullis.daemon.DaemonOptions;
import org.portcullis.daemon.DaemonState;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Toolkit;

/**
 * Replays the transcript of zone options beyond items and of policy options, recorded from firewalld 1.3.3,
 * against Portcullis (simulated kernel): exit status, standard output and standard error of every entry byte
 * for byte, and the zone and policy files written where the recorder kept them.
 */
class PoliciesTranscriptTest {
    /** What Portcullis prints instead of firewalld's answer, and why. */
    record Deviation(String reason, int exit, String stdout, String stderr) {
    }

    /** Entries (by command line) whose answer knowingly differs from firewalld's; Portcullis must print exactly this. */
    static final Map<String, Deviation> DEVIATIONS = Map.of(
            "--permanent --policy=p1 --query-port=8005/udp", new Deviation("firewalld keeps a port added inside a "
                    + "listed range until its file watcher reads the policy file back a moment later and coalesces "
                    + "it; Portcullis stores the policy as it reads back at once", 1, "no\n", ""),
            "--permanent --policy=p1 --set-priority=abc", new Deviation("firewalld prints the Python traceback of "
                    + "int('abc'); Portcullis prints its last line", 254, "",
                    "Error: UNKNOWN_ERROR: invalid literal for int() with base 10: 'abc'\n"),
            "--permanent --delete-policy=allow-host-ipv6", new Deviation("firewalld 1.3.3 fails on its own missing "
                    + "error name BUILTIN_POLICY (\"module 'firewall.errors' has no attribute 'BUILTIN_POLICY'\"); "
                    + "Portcullis names the built-in policy, with the same exit code", 254, "",
                    "Error: UNKNOWN_ERROR: 'allow-host-ipv6' is built-in policy\n"));

    /*
     * Compared in a weaker form: several rich rules are compared as a set of lines (firewalld orders them by
     * Python's randomized string hashes), and in the files the rule blocks are compared as a set.
     */

    @TempDir
    Path dir;

    @Test
    void everyEntryAnswersAsFirewalldDid() throws Exception {
        Transcript t = Transcript.load("/oracle/policies.transcript");
        assertTrue(t.entries().size() > 300, "transcript read: " + t.entries().size());
        Path configDir = dir.resolve("etc");
        Path socket = dir.resolve("p.sock");
        List<String> failures = new ArrayList<>();
        int identical = 0;
        int deviating = 0;
        try (Daemon d = Daemon.start(new DaemonOptions(configDir, socket, Optional.of("sim")),
                new DefaultBackends().byName("sim"), Toolkit.standard(),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())))) {
            for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
                Thread.sleep(10);
            }
            for (Transcript.Entry e : t.entries()) {
                List<Object> actual = run(socket, e.argv());
                Deviation deviation = DEVIATIONS.get(e.command());
                List<Object> expected = deviation == null ? List.of(e.exit(), e.stdout(), e.stderr())
                        : List.of(deviation.exit(), deviation.stdout(), deviation.stderr());
                if (deviation != null) {
                    deviating++;
                } else if (expected.equals(actual)) {
                    identical++;
                }
                if (!sameRulesAnyOrder(expected, actual)) {
                    failures.add("#" + e.index() + " firewall-cmd " + e.command() + "\n  expected " + expected
                            + "\n  actual   " + actual);
                }
                for (Transcript.ConfigCheck c : e.after()) {
                    String want = resource("/oracle/" + c.expected());
                    Path file = configDir.resolve(c.path());
                    String have = Files.exists(file) ? Files.readString(file) : "<missing>";
                    if (!comparable(c.path(), want).equals(comparable(c.path(), have))) {
                        failures.add("#" + e.index() + " file " + c.path() + "\n  expected " + want
                                + "\n  actual   " + have);
                    }
                }
            }
        }
        System.out.println("policies transcript: " + t.entries().size() + " entries, " + identical
                + " identical, " + deviating + " documented deviations");
        assertEquals("", String.join("\n", failures), failures.size() + " of " + t.entries().size() + " entries differ");
    }

    /** Exit status and standard error exactly; standard output exactly but for the order of rich rules. */
    private static boolean sameRulesAnyOrder(List<Object> expected, List<Object> actual) {
        if (expected.equals(actual)) {
            return true;
        }
        return expected.get(0).equals(actual.get(0)) && expected.get(2).equals(actual.get(2))
                && ruleLinesSorted((String) expected.get(1)).equals(ruleLinesSorted((String) actual.get(1)));
    }

    private static List<String> ruleLinesSorted(String text) {
        List<String> all = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>(all.stream().filter(l -> !isRule(l)).toList());
        out.addAll(all.stream().filter(PoliciesTranscriptTest::isRule).sorted().toList());
        return out;
    }

    private static boolean isRule(String line) {
        return line.startsWith("rule ") || line.startsWith("\trule ");
    }

    /**
     * A zone or policy file with its rule blocks in sorted order; the description of a built-in zone is
     * Portcullis' own wording and is not compared.
     */
    private static String comparable(String path, String xml) {
        boolean builtin = Builtins.zones().stream().anyMatch(z -> path.equals("zones/" + z.name() + ".xml"));
        String text = builtin ? xml.replaceAll("<description>.*</description>", "<description/>") : xml;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("  <rule[ >].*?</rule>\\n|  <rule[^>]*/>\\n",
                java.util.regex.Pattern.DOTALL).matcher(text);
        List<String> rules = new ArrayList<>();
        while (m.find()) {
            rules.add(m.group());
        }
        rules.sort(null);
        return m.replaceAll("") + String.join("", rules);
    }

    private static List<Object> run(Path socket, List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FirewallCmd(Connector.socket(socket), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(argv);
        return List.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = PoliciesTranscriptTest.class.getResourceAsStream(name)) {
            return in == null ? "<missing resource " + name + ">" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
