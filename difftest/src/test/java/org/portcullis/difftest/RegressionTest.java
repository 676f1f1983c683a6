package org.portcullis.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.backend.BackendException;
import org.portcullis.testkit.Commands;
import org.portcullis.testkit.KernelSupport;

/**
 * Replays the recorded disagreements under {@code regressions/}: the simulator must now see what the kernel
 * saw; where kernel tests can run, the kernel is asked again too, in the lab each case was recorded in.
 */
class RegressionTest {

    static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(RegressionTest.class.getResource("/regressions").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static RegressionFile read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return RegressionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void simulatorSeesWhatTheKernelSaw() throws IOException, URISyntaxException {
        List<Path> files = files();
        assertFalse(files.isEmpty(), "no regression files found");
        for (Path p : files) {
            RegressionFile r = read(p);
            assertEquals(r.kernel(), r.scenario().simulate(), p.getFileName() + ": " + r.note());
        }
    }

    /** A regression file and its name. */
    private record Recorded(String name, RegressionFile file) {
    }

    @Test
    void kernelStillAgrees() throws IOException, URISyntaxException, BackendException {
        KernelSupport.assumeKernel();
        Assumptions.assumeTrue(Commands.run("conntrack", "--version").ok(), "kernel replay skipped: no conntrack tool");
        List<Recorded> direct = new ArrayList<>();
        List<Recorded> zones = new ArrayList<>();
        for (Path p : files()) {
            RegressionFile r = read(p);
            (r.scenario() instanceof ZoneCase ? zones : direct).add(new Recorded(p.getFileName().toString(), r));
        }
        List<String> mismatches = new ArrayList<>();
        if (!direct.isEmpty()) {
            try (Lab lab = new Lab()) {
                for (Recorded r : direct) {
                    DiffCase c = (DiffCase) r.file().scenario();
                    lab.prepare(c.ruleset());
                    compare(r, new Observed(Observed.outcome(lab.play(c.conn())), Observed.kernelHits(lab.kernelRuleset())),
                            mismatches);
                }
            }
        }
        if (!zones.isEmpty()) {
            try (ZoneLab lab = new ZoneLab()) {
                for (Recorded r : zones) {
                    ZoneCase c = (ZoneCase) r.file().scenario();
                    lab.prepare(c.ruleset());
                    compare(r, new Observed(Observed.outcome(lab.play(c.conn())), Observed.kernelHits(lab.kernelRuleset())),
                            mismatches);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static void compare(Recorded r, Observed now, List<String> mismatches) {
        if (!now.equals(r.file().kernel())) {
            mismatches.add(r.name() + ": recorded " + r.file().kernel() + ", now " + now);
        }
    }
}
