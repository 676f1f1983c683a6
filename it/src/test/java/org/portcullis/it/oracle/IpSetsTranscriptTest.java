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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.cli.firewallcmd.Connector;
import org.portcullis.cli.firewallcmd.FirewallCmd;
import org.portcullis.daemon.Daemon;
import org.portcullis.daemon.DaemonOptions;
import org.portcullis.daemon.DaemonState;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Toolkit;

/**
 * Replays the ipset transcript recorded from firewalld 1.3.3 against Portcullis (simulated kernel) and
 * compares exit status, standard output and standard error of every entry byte for byte, and the ipset files
 * where the recorder copied them. Commands run in the module directory, as the recorder ran them in {@code it/},
 * so {@code oracle/files/...} names the same files. As in {@link ZonesTranscriptTest}, listings of several rich
 * rules are compared as sets of lines (firewalld lists them in a random order), and the recorder's private
 * configuration directory in {@code --path-ipset} stands for Portcullis' own.
 */
class IpSetsTranscriptTest {
    /**
     * Entries whose answer knowingly differs from firewalld's, by their number in the transcript, with the
     * reason. Each must still differ: one that no longer does is reported, so the list stays true.
     */
    static final Map<Integer, String> DEVIATIONS = new LinkedHashMap<>();

    static {
        String range = "the set holds an address range: firewalld leaks Python's ValueError (exit 254) for every "
                + "new entry; Portcullis compares the range and adds an entry outside it";
        String tuples = "the set holds entries of several parts: firewalld leaks Python's ValueError (exit 254) "
                + "while comparing; Portcullis skips them and refuses the entry as not fitting the type (136)";
        String tupleSource = "ipsets of tuple types are not compiled (docs/COMPATIBILITY.md): binding one as a zone "
                + "source fails with COMMAND_FAILED";
        String tupleSources = "the tuple-type ipsets firewalld bound to trusted (#327-#329) are not bound";
        DEVIATIONS.put(128, range);
        DEVIATIONS.put(130, "the entry firewalld refused in #128 is in the set");
        DEVIATIONS.put(140, range);
        DEVIATIONS.put(141, "the entry firewalld refused in #140 is in the set");
        DEVIATIONS.put(177, tuples);
        DEVIATIONS.put(191, tuples);
        DEVIATIONS.put(223, tuples);
        DEVIATIONS.put(327, tupleSource);
        DEVIATIONS.put(328, tupleSource);
        DEVIATIONS.put(329, tupleSource);
        DEVIATIONS.put(336, tupleSources);
        DEVIATIONS.put(337, tupleSources);
        DEVIATIONS.put(338, tupleSources);
        DEVIATIONS.put(343, tupleSources + ", so removing one finds it in no zone (UNKNOWN_SOURCE)");
        DEVIATIONS.put(365, "ipsets of tuple types are not compiled: a rich rule naming one fails with COMMAND_FAILED");
        DEVIATIONS.put(366, "both refuse a destination ipset of the other family with COMMAND_FAILED; firewalld "
                + "prints nft's error and its JSON input, Portcullis its own message");
        DEVIATIONS.put(372, "the rich rule firewalld added in #365 is missing");
        DEVIATIONS.put(380, "the rich rule firewalld added in #365 is missing, so removing it warns NOT_ENABLED");
        DEVIATIONS.put(390, tupleSources + ", so runtime-to-permanent did not save them");
        DEVIATIONS.put(409, tupleSources + ", so runtime-to-permanent did not save them");
        DEVIATIONS.put(411, tupleSources);
        DEVIATIONS.put(413, "a failing --reload leaves Portcullis running with the runtime state as it was "
                + "(docs/COMPATIBILITY.md); firewalld is left FAILED with the new configuration half applied");
        DEVIATIONS.put(414, "a failing --reload leaves Portcullis' runtime ipsets as they were; firewalld has "
                + "loaded the new ones");
        DEVIATIONS.put(415, tupleSources);
    }

    @TempDir
    Path dir;

    @Test
    void everyEntryAnswersAsFirewalldDid() throws Exception {
        Transcript t = Transcript.load("/oracle/ipsets.transcript");
        assertTrue(t.entries().size() > 400, "transcript read: " + t.entries().size());
        assertTrue(Files.isRegularFile(Path.of("oracle/files/ipset-entries.txt")),
                "entry files are read relative to the module directory");
        Path configDir = dir.resolve("etc");
        Path socket = dir.resolve("p.sock");
        List<String> failures = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int identical = 0;
        try (Daemon d = Daemon.start(new DaemonOptions(configDir, socket, Optional.of("sim")),
                new DefaultBackends().byName("sim"), Toolkit.standard(),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())))) {
            for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
                Thread.sleep(10);
            }
            for (Transcript.Entry e : t.entries()) {
                List<Object> actual = run(socket, e.argv());
                List<Object> expected = List.of(e.exit(), configPath(e.stdout(), configDir), e.stderr());
                boolean same = Normalize.same(e.command(), expected, actual);
                if (DEVIATIONS.containsKey(e.index())) {
                    if (same) {
                        stale.add("#" + e.index() + " firewall-cmd " + e.command());
                    }
                } else if (same) {
                    identical++;
                } else {
                    failures.add("#" + e.index() + " firewall-cmd " + e.command() + "\n  expected " + expected
                            + "\n  actual   " + actual);
                }
                for (Transcript.ConfigCheck c : e.after()) {
                    String want = resource("/oracle/" + c.expected());
                    Path file = configDir.resolve(c.path());
                    String have = Files.exists(file) ? Files.readString(file) : "<missing>";
                    if (!want.equals(have)) {
                        failures.add("#" + e.index() + " file " + c.path() + "\n  expected " + want
                                + "\n  actual   " + have);
                    }
                }
            }
        }
        System.out.println("ipsets transcript: " + t.entries().size() + " entries, " + identical + " identical, "
                + DEVIATIONS.size() + " known deviations, " + failures.size() + " other differences");
        assertEquals("", String.join("\n", failures), failures.size() + " entries differ");
        assertEquals(List.of(), stale, "listed as deviations but answered as firewalld did");
        assertEquals(t.entries().size(), identical + DEVIATIONS.size());
    }

    /** firewalld ran with a private configuration directory under /tmp; Portcullis has its own. */
    private static String configPath(String text, Path configDir) {
        return text.replaceAll("/tmp/pc-oracle\\.[A-Za-z0-9]+/etc/", java.util.regex.Matcher.quoteReplacement(
                configDir + "/"));
    }

    private static List<Object> run(Path socket, List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FirewallCmd(Connector.socket(socket), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(argv);
        return List.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = IpSetsTranscriptTest.class.getResourceAsStream(name)) {
            return in == null ? "<missing resource " + name + ">" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
