package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.ExecResult;

/**
 * Replays it/src/test/resources/oracle/direct.transcript, recorded from firewalld 1.3.3, against a
 * Portcullis daemon on the simulated kernel: every entry's exit code, stdout and stderr must be identical,
 * or be one of {@link DirectDeviations} and then print exactly what that deviation says.
 */
class DirectTranscriptTest {
    private static final String ORACLE = "/oracle/";
    private final List<String> failures = new ArrayList<>();
    private final Set<Object> used = new HashSet<>();
    private int filesIdentical;
    private int filesDeviating;

    @Test
    void portcullisAnswersAsTheRecordedFirewalld(@TempDir Path work) throws Exception {
        Transcript transcript = Transcript.load(ORACLE + "direct.transcript");
        Map<List<String>, Deviation> deviations = new HashMap<>();
        DirectDeviations.ALL.forEach(d -> assertTrue(deviations.put(d.args(), d) == null, "twice: " + d.command()));
        int identical = 0;
        int deviating = 0;
        PortcullisDaemon daemon = PortcullisDaemon.simulated(work).start();
        try {
            for (Transcript.Step step : transcript.steps()) {
                switch (step) {
                    case Transcript.Directive d -> daemon = directive(d, daemon, work);
                    case Transcript.Entry e -> {
                        ExecResult got = daemon.cmd(e.args().toArray(String[]::new));
                        Deviation dev = deviations.get(e.args());
                        if (dev == null && got.equals(e.expected())) {
                            identical++;
                        } else if (dev == null) {
                            failures.add(describe(e, "firewalld", e.expected(), got));
                        } else if (got.equals(e.expected())) {
                            failures.add("line " + e.line() + ": " + e.command()
                                    + "\n  now identical to firewalld; remove its deviation");
                        } else if (!got.equals(dev.portcullis())) {
                            failures.add(describe(e, "the documented deviation", dev.portcullis(), got));
                        } else {
                            deviating++;
                            used.add(dev);
                        }
                    }
                }
            }
        } finally {
            daemon.stop();
        }
        DirectDeviations.ALL.stream().filter(d -> !used.contains(d))
                .forEach(d -> failures.add("deviation never seen: " + d.command()));
        DirectDeviations.FILES.stream().filter(d -> !used.contains(d))
                .forEach(d -> failures.add("file deviation never seen: " + d.recorded()));
        int entries = transcript.entries().size();
        System.out.println("direct transcript: " + entries + " entries, " + identical + " identical, " + deviating
                + " documented deviations");
        System.out.println("direct transcript config files: " + filesIdentical + " identical, " + filesDeviating
                + " documented deviations");
        DirectDeviations.ALL.forEach(d -> System.out.println("  deviation: " + d.command() + ": " + d.reason()));
        DirectDeviations.FILES.forEach(d -> System.out.println("  deviation: " + d.recorded() + ": " + d.reason()));
        if (!failures.isEmpty()) {
            fail(failures.size() + " differences from firewalld 1.3.3:\n" + String.join("\n", failures)
                    + "\ndaemon log:\n" + daemon.log());
        }
        assertEquals(entries, identical + deviating);
    }

    private PortcullisDaemon directive(Transcript.Directive d, PortcullisDaemon daemon, Path work)
            throws Exception {
        List<String> w = d.words();
        switch (w.getFirst()) {
            case "restart" -> {
                daemon.stop();
                return PortcullisDaemon.simulated(work).start();
            }
            case "sleep" -> Thread.sleep((long) (Double.parseDouble(w.get(1)) * 1000));
            case "config" -> compareConfig(daemon.configDir().resolve(w.get(1)), w.get(2), d.line());
            case "ruleset" -> System.out.println("line " + d.line() + ": ruleset " + w.get(1)
                    + " not compared: the simulated kernel has no nft ruleset to list");
            default -> failures.add("line " + d.line() + ": unknown directive " + String.join(" ", w));
        }
        return daemon;
    }

    private void compareConfig(Path file, String recorded, int line) throws IOException {
        String expected;
        try (var in = DirectTranscriptTest.class.getResourceAsStream(ORACLE + recorded)) {
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String got = Files.exists(file) ? Files.readString(file) : "(missing)";
        FileDeviation dev = DirectDeviations.FILES.stream().filter(d -> d.recorded().equals(recorded)).findFirst()
                .orElse(null);
        String where = "line " + line + ": " + file.getFileName() + " against " + recorded;
        if (dev == null && got.equals(expected)) {
            filesIdentical++;
        } else if (dev == null) {
            failures.add(where + "\n  firewalld: " + indented(expected) + "\n  portcullis: " + indented(got));
        } else if (got.equals(expected)) {
            failures.add(where + "\n  now identical to firewalld; remove its deviation");
        } else if (!got.equals(dev.portcullis())) {
            failures.add(where + "\n  documented deviation: " + indented(dev.portcullis()) + "\n  portcullis: "
                    + indented(got));
        } else {
            filesDeviating++;
            used.add(dev);
        }
    }

    private static String indented(String text) {
        return text.replace("\n", "\n    ");
    }

    private static String describe(Transcript.Entry e, String what, ExecResult want, ExecResult got) {
        return "line " + e.line() + ": " + e.command() + "\n  " + what + ": " + show(want) + "\n  portcullis: "
                + show(got);
    }

    private static String show(ExecResult r) {
        return "exit " + r.exitCode() + ", stdout " + quoted(r.stdout()) + ", stderr " + quoted(r.stderr());
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n") + "\"";
    }
}
