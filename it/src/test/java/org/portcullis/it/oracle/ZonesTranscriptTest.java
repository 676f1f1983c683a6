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
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.daemon.Daemon;
import org.portcullis.daemon.DaemonOptions;
import org.portcullis.daemon.DaemonState;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Toolkit;

/**
 * Replays the zone transcript recorded from firewalld 1.3.3 against Portcullis (simulated kernel) and
 * compares exit status, standard output and standard error of every entry byte for byte, and the zone files
 * written where the recorder compared them.
 */
class ZonesTranscriptTest {
    /** Commands whose answer knowingly differs from firewalld's and is not compared, with the reason. */
    static final Map<String, String> DEVIATIONS = Map.of(
            "--query-lockdown", "lockdown is not supported",
            "--lockdown-on", "lockdown is not supported",
            "--lockdown-off", "lockdown is not supported",
            "--zone=public --add-rich-rule=rule family=\"ipv4\" source address=\"198.18.0.0/24 accept",
            "an unclosed quote is INVALID_RULE (122); firewalld leaks Python's ValueError as exit 254");

    /*
     * Differences compared in a weaker form (see Normalize):
     * - rich rules: firewalld lists and saves them in the order of Python's randomized string hashes, which
     *   changes from run to run; Portcullis keeps the order of addition, so outputs listing several rules
     *   are compared as sets of lines, zone files as sets of <rule> blocks;
     * - descriptions of the built-in zones are Portcullis' own wording, so description texts are not compared;
     * - --get-services: Portcullis ships a few services firewalld 1.3.3 lacks; every service firewalld
     *   lists must be listed.
     */

    @TempDir
    Path dir;

    @Test
    void everyEntryAnswersAsFirewalldDid() throws Exception {
        Transcript t = Transcript.load("/oracle/zones.transcript");
        assertTrue(t.entries().size() > 150, "transcript read: " + t.entries().size());
        boolean systemServices = Files.isDirectory(CatalogLoader.SYSTEM_SERVICES);
        Path configDir = dir.resolve("etc");
        Path socket = dir.resolve("p.sock");
        List<String> failures = new ArrayList<>();
        int compared = 0;
        try (Daemon d = Daemon.start(new DaemonOptions(configDir, socket, Optional.of("sim")),
                new DefaultBackends().byName("sim"), Toolkit.standard(),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())))) {
            for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
                Thread.sleep(10);
            }
            for (Transcript.Entry e : t.entries()) {
                List<Object> actual = run(socket, e.argv());
                if (DEVIATIONS.containsKey(e.command())
                        || (!systemServices && e.command().equals("--get-services"))) {
                    continue;
                }
                compared++;
                List<Object> expected = List.of(e.exit(), e.stdout(), e.stderr());
                if (!Normalize.same(e.command(), expected, actual)) {
                    failures.add("#" + e.index() + " firewall-cmd " + e.command() + "\n  expected " + expected
                            + "\n  actual   " + actual);
                }
                for (Transcript.ConfigCheck c : e.after()) {
                    String want = resource("/oracle/" + c.expected());
                    Path file = configDir.resolve(c.path());
                    String have = Files.exists(file) ? Files.readString(file) : "<missing>";
                    if (!Normalize.file(want).equals(Normalize.file(have))) {
                        failures.add("#" + e.index() + " file " + c.path() + "\n  expected " + want
                                + "\n  actual   " + have);
                    }
                }
            }
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + compared + " entries differ");
    }

    private static List<Object> run(Path socket, List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FirewallCmd(Connector.socket(socket), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(argv);
        return List.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = ZonesTranscriptTest.class.getResourceAsStream(name)) {
            return in == null ? "<missing resource " + name + ">" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
