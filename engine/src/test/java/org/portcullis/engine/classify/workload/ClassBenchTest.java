package org.portcullis.engine.classify.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.classify.Classifier;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.hook.BaseChain;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Ruleset;

/** On every packet of the ClassBench traces the classifier finds the linear walk's first match. */
class ClassBenchTest {
    private static final Path DATA = Path.of(System.getProperty("portcullis.classbench",
            System.getProperty("portcullis.shared", "../../shared") + "/data/classbench"));

    @ParameterizedTest
    @ValueSource(strings = {"acl_1k", "fw_1k", "ipc_1k"})
    void classifierFindsTheLinearFirstMatchOnEveryTracePacket(String set) throws IOException {
        Path rulesFile = DATA.resolve(set);
        Path traceFile = DATA.resolve(set + "_trace");
        Assumptions.assumeTrue(Files.isReadable(rulesFile) && Files.isReadable(traceFile),
                "ClassBench data not found in " + DATA + ": skipped");
        List<ClassBenchRule> rules = ClassBench.readRules(rulesFile);
        List<TracePacket> trace = ClassBench.readTrace(traceFile);
        Ruleset rs = ClassBench.ruleset(rules);
        BaseChain chain = new BaseChain(rs.tables().getFirst(), rs.tables().getFirst().chains().getFirst());
        ChainEvaluator linear = new LinearChainEvaluator();
        ChainEvaluator compiled = Classifier.evaluator(rs);
        int ported = 0;
        for (TracePacket t : trace) {
            int reference = FirstMatch.decidingRule(FirstMatch.classify(linear, chain, t.packet(), new Counters()));
            int classified = FirstMatch.decidingRule(FirstMatch.classify(compiled, chain, t.packet(), new Counters()));
            assertEquals(reference, classified, () -> set + ": " + t);
            if (IpProto.hasPorts(t.packet().protocol())) {
                ported++;
                assertTrue(reference >= 0 && reference <= t.expected(), () -> set + ": first match " + reference + " for " + t);
                assertEquals("classbench " + reference, chain.chain().rules().get(reference).comment());
            }
        }
        assertEquals(rules.size(), chain.chain().rules().size());
        assertTrue(ported > trace.size() / 2, "most trace packets carry ports");
    }

    @Test
    void badLinesAreParseErrors() {
        assertThrows(FirewallException.class, () -> ClassBench.parseRule("@1.2.3.4/33\t0.0.0.0/0\t0 : 65535\t0 : 65535\t0x06/0xFF\t0x0000/0x0000", "x"));
        assertThrows(FirewallException.class, () -> ClassBench.parseTrace("1 2 3", "x"));
    }

    @Test
    void aRuleKeepsItsFieldsAndPosition() {
        ClassBenchRule r = ClassBench.parseRule("@10.0.0.0/8\t192.168.1.1/32\t0 : 65535\t80 : 90\t0x06/0xFF\t0x0000/0x0000", "x");
        assertEquals(8, r.src().length());
        assertEquals(80, r.dportLo());
        assertEquals(90, r.dportHi());
        assertEquals(6, r.protocol());
        assertEquals("classbench 3", r.toRule(3).comment());
        assertEquals(5, r.toRule(3).stmts().size());
    }
}
