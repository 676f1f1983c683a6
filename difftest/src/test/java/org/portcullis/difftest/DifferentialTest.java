package org.portcullis.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.backend.BackendException;
import org.portcullis.nft.Ruleset;
import org.portcullis.testkit.Commands;
import org.portcullis.testkit.KernelSupport;

/**
 * Random rulesets and connections, each played for real in {@code H} and in the simulator: the outcome and
 * the set of rules hit must agree. {@code -Ddifftest.cases=N} sets the count, {@code -Ddifftest.seed=S} the
 * seed; a disagreement is printed in full and written to {@code target/difftest-disagreements/}.
 */
class DifferentialTest {

    /** The regular run replays one fixed series; {@code -Ddifftest.seed=random} explores new ones. */
    private static final long DEFAULT_SEED = 20_261_127L;

    @Test
    void simulatorAgreesWithTheKernel() throws BackendException, IOException {
        KernelSupport.assumeKernel();
        Assumptions.assumeTrue(Commands.run("conntrack", "--version").ok(),
                "difftest skipped: the conntrack tool is needed to forget flows between cases");
        int cases = Integer.getInteger("difftest.cases", 250);
        String seedText = System.getProperty("difftest.seed", "");
        long seed = seedText.isBlank() ? DEFAULT_SEED
                : seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        System.out.println("difftest: " + cases + " cases, seed " + seed);
        Random random = new Random(seed);
        RulesetGenerator gen = new RulesetGenerator(random);
        List<String> disagreements = new ArrayList<>();
        Path out = Path.of("target", "difftest-disagreements");
        try (Lab lab = new Lab()) {
            for (int i = 0; i < cases; i++) {
                DiffCase c = new DiffCase(gen.next(), Conn.random(random));
                lab.prepare(c.ruleset());
                Observed kernel = new Observed(Observed.outcome(lab.play(c.conn())),
                        Observed.kernelHits(lab.kernelRuleset()));
                Observed engine = c.simulate();
                if (!kernel.equals(engine)) {
                    String text = "difftest disagreement, seed " + seed + ", case " + i + "\n" + c.describe(kernel, engine);
                    System.out.println(text);
                    disagreements.add(text);
                    Files.createDirectories(out);
                    Files.writeString(out.resolve("seed" + seed + "-case" + i + ".txt"), RegressionFile.format(
                            "seed " + seed + " case " + i, c, kernel, lab.kernelJson()));
                }
            }
        }
        System.out.println("difftest: " + cases + " cases, seed " + seed + ", "
                + (disagreements.isEmpty() ? "all agree" : disagreements.size() + " disagreements"));
        assertEquals(List.of(), disagreements);
    }
}
