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
 * saw; where kernel tests can run, the kernel is asked again too.
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
            assertEquals(r.kernel(), r.diffCase().simulate(), p.getFileName() + ": " + r.note());
        }
    }

    @Test
    void kernelStillAgrees() throws IOException, URISyntaxException, BackendException {
        KernelSupport.assumeKernel();
        Assumptions.assumeTrue(Commands.run("conntrack", "--version").ok(), "kernel replay skipped: no conntrack tool");
        List<String> mismatches = new ArrayList<>();
        try (Lab lab = new Lab()) {
            for (Path p : files()) {
                RegressionFile r = read(p);
                lab.prepare(r.diffCase().ruleset());
                Observed now = new Observed(Observed.outcome(lab.play(r.diffCase().conn())),
                        Observed.kernelHits(lab.kernelRuleset()));
                if (!now.equals(r.kernel())) {
                    mismatches.add(p.getFileName() + ": recorded " + r.kernel() + ", now " + now);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
