package org.portcullis.engine.classify.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.classify.Classifier;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.ChainResult;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.engine.Packet;

class DirectRulesetGeneratorTest {
    @Test
    void sizesAndSeedsAreKept() {
        Workload a = DirectRulesetGenerator.generate(1000, 50, 42);
        int rules = a.ruleset().tables().getFirst().chains().stream().mapToInt(c -> c.rules().size()).sum();
        assertEquals(1000, rules);
        assertEquals(50, a.packets().size());
        assertEquals(a.ruleset(), DirectRulesetGenerator.generate(1000, 50, 42).ruleset());
        assertNotEquals(a.ruleset(), DirectRulesetGenerator.generate(1000, 50, 43).ruleset());
    }

    @Test
    void flowsAreDecidedAllOverTheChainAndTheClassifierAgrees() {
        Workload w = DirectRulesetGenerator.generate(2000, 2000, 7);
        ChainEvaluator linear = new LinearChainEvaluator();
        ChainEvaluator compiled = Classifier.evaluator(w.ruleset());
        Set<Integer> deciding = new HashSet<>();
        for (Packet p : w.packets()) {
            Counters c1 = new Counters();
            Counters c2 = new Counters();
            ChainResult a = FirstMatch.classify(linear, w.chain(), p, c1);
            ChainResult b = FirstMatch.classify(compiled, w.chain(), p, c2);
            assertEquals(a, b);
            assertEquals(c1.hit(), c2.hit());
            deciding.add(FirstMatch.decidingRule(a));
        }
        assertTrue(deciding.size() > 500, "flows are decided by " + deciding.size() + " rules");
    }
}
