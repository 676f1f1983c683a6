package org.portcullis.engine.classify.workload;

import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.hook.BaseChain;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.ChainResult;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Hook;

/** Classifies one packet against a base chain without connection tracking, its ct state taken as new. */
public final class FirstMatch {
    /** The state a stateless lookup assumes: the first packet of its flow. */
    public static final CtResult NEW = new CtResult(CtState.NEW, CtDirection.ORIGINAL, null, false, "ct state new assumed");

    private FirstMatch() {
    }

    public static ChainResult classify(ChainEvaluator evaluator, BaseChain chain, Packet packet, Counters counters) {
        EvalContext ctx = new EvalContext(packet, counters);
        ctx.hook(Hook.INPUT);
        ctx.ct(NEW);
        return evaluator.evaluate(chain, ctx);
    }

    /** The position of the deciding rule in its chain, or -1 when the chain's policy decided. */
    public static int decidingRule(ChainResult result) {
        return result.decidedBy() instanceof Step.RuleMatched m ? m.rule().index() : -1;
    }
}
