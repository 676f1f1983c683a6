package org.portcullis.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.backend.BackendException;
import org.portcullis.backend.SimBackend;
import org.portcullis.compile.Compiled;
import org.portcullis.model.error.FirewallException;
import org.portcullis.testkit.Commands;
import org.portcullis.testkit.KernelSupport;

/**
 * Random zone configurations compiled by the zone compiler, each with one connection into, out of or
 * through {@code H}, played for real in the zone lab and in the simulator: the outcome and the set of rules
 * that matched must agree. {@code -Ddifftest.zoneCases=N} sets the count, {@code -Ddifftest.seed=S} the
 * seed; a disagreement is printed in full and written to {@code target/difftest-disagreements/}.
 */
class ZoneDifferentialTest {

    /** The regular run replays one fixed series; {@code -Ddifftest.seed=random} explores new ones. */
    private static final long DEFAULT_SEED = 20_261_127L;
    /** A configuration the compiler or nft refuses is drawn again, at most this often in a row. */
    private static final int ATTEMPTS = 50;

    @Test
    void simulatorAgreesWithTheKernelOnZones() throws BackendException, IOException {
        KernelSupport.assumeKernel();
        Assumptions.assumeTrue(Commands.run("conntrack", "--version").ok(),
                "zone difftest skipped: the conntrack tool is needed to forget flows between cases");
        int cases = Integer.getInteger("difftest.zoneCases", 100);
        String seedText = System.getProperty("difftest.seed", "");
        long seed = seedText.isBlank() ? DEFAULT_SEED
                : seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        System.out.println("difftest zones: " + cases + " cases, seed " + seed);
        Random random = new Random(seed);
        ZoneConfigGenerator gen = new ZoneConfigGenerator(random);
        List<String> disagreements = new ArrayList<>();
        Path out = Path.of("target", "difftest-disagreements");
        int refused = 0;
        SortedMap<String, Integer> tally = new TreeMap<>();
        long start = System.nanoTime();
        try (ZoneLab lab = new ZoneLab()) {
            for (int i = 0; i < cases; i++) {
                ZoneCase c = null;
                for (int attempt = 0; c == null; attempt++) {
                    if (attempt == ATTEMPTS) {
                        throw new IllegalStateException("no configuration accepted in " + ATTEMPTS + " attempts");
                    }
                    ZoneSetup setup = gen.next();
                    Compiled compiled;
                    try {
                        compiled = setup.compile();
                    } catch (FirewallException e) {
                        refused++;
                        continue;
                    }
                    ZoneCase drawn = new ZoneCase(setup.describe(), RuleCounters.everyRule(compiled.ruleset()),
                            ZoneConn.random(random, setup.forwardedPorts()));
                    try {
                        lab.prepare(drawn.ruleset());
                        c = drawn;
                    } catch (BackendException e) {
                        refused++;
                        if (simulatedKernelAccepts(drawn)) {
                            String text = "difftest zones disagreement, seed " + seed + ", case " + i
                                    + ": the kernel refused a ruleset the simulated kernel accepts\n" + e.getMessage() + "\n"
                                    + drawn.config();
                            System.out.println(text);
                            disagreements.add(text);
                        }
                    }
                }
                Observed kernel = new Observed(Observed.outcome(lab.play(c.conn())), Observed.kernelHits(lab.kernelRuleset()));
                Observed engine = c.simulate();
                tally.merge(c.conn().request().direction().name().toLowerCase(Locale.ROOT) + " "
                        + kernel.outcome().label(), 1, Integer::sum);
                if (!kernel.equals(engine)) {
                    String text = "difftest zones disagreement, seed " + seed + ", case " + i + "\n" + c.describe(kernel, engine);
                    System.out.println(text);
                    disagreements.add(text);
                    Files.createDirectories(out);
                    Files.writeString(out.resolve("zones-seed" + seed + "-case" + i + ".txt"), RegressionFile.format(
                            "seed " + seed + " case " + i, c, kernel, lab.kernelJson()));
                }
            }
        }
        System.out.println("difftest zones: " + cases + " cases, seed " + seed + ", "
                + (disagreements.isEmpty() ? "all agree" : disagreements.size() + " disagreements")
                + " (" + refused + " configurations refused by the compiler or by nft and drawn again; "
                + (System.nanoTime() - start) / 1_000_000 + " ms)\n  played: " + tally);
        assertEquals(List.of(), disagreements);
    }

    /** Whether the simulator's backend takes a ruleset; it must refuse what nft refuses. */
    private static boolean simulatedKernelAccepts(ZoneCase c) {
        try {
            new SimBackend().apply(c.ruleset());
            return true;
        } catch (BackendException e) {
            return false;
        }
    }
}
