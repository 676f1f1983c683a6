package org.portcullis.engine.hook;

import java.util.List;

import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.ConnTrack;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;

/**
 * Runs a packet through one hook: the base chains of every applicable table by priority, connection
 * tracking at priority -200 on PREROUTING and OUTPUT, and confirmation after INPUT and POSTROUTING.
 * A drop or reject ends the hook; an accept only ends its own base chain.
 */
public final class HookPipeline {
    /** The priority at which connection tracking looks packets up. */
    public static final int CONNTRACK_PRIORITY = -200;

    private final Ruleset ruleset;
    private final ChainEvaluator evaluator;
    private final ConnTrack conntrack;

    public HookPipeline(Ruleset ruleset, ChainEvaluator evaluator, ConnTrack conntrack) {
        this.ruleset = ruleset;
        this.evaluator = evaluator;
        this.conntrack = conntrack;
    }

    public ChainResult run(Hook hook, EvalContext ctx) {
        ctx.hook(hook);
        ctx.step(new Step.HookEntered(hook, ctx.packet().iif(), ctx.packet().oif()));
        boolean tracks = hook == Hook.PREROUTING || hook == Hook.OUTPUT;
        List<BaseChain> chains = BaseChains.on(ruleset, hook, ctx.packet().family());
        ChainResult last = new ChainResult(Verdict.Kind.ACCEPT, null, null);
        for (BaseChain chain : chains) {
            if (tracks && ctx.ct() == null && chain.priority() >= CONNTRACK_PRIORITY) {
                track(ctx);
            }
            if (chain.type() == ChainType.NAT && !natSees(ctx)) {
                ctx.step(new Step.Note("nat chain " + chain.table().name() + " " + chain.chain().name()
                        + " skipped: only a flow's first packet meets nat chains"));
                continue;
            }
            ChainResult r = evaluator.evaluate(chain, ctx);
            if (r.kind() != Verdict.Kind.ACCEPT) {
                return r;
            }
            last = r.decidedBy() == null ? last : r;
        }
        if (tracks && ctx.ct() == null) {
            track(ctx);
        }
        if ((hook == Hook.INPUT || hook == Hook.POSTROUTING) && conntrack.confirm(ctx.ct(), ctx.packet())) {
            ctx.step(new Step.CtConfirmed(ctx.ct().entry().original().toString()));
        }
        return last;
    }

    private static boolean natSees(EvalContext ctx) {
        CtResult ct = ctx.ct();
        return ct != null && ct.entry() != null && !ct.entry().confirmed();
    }

    private void track(EvalContext ctx) {
        CtResult r = ctx.notrack() ? CtResult.untracked("notrack") : conntrack.track(ctx.packet());
        ctx.ct(r);
        ctx.step(new Step.CtLookup(r.state(), r.direction(), r.created()));
        if (r.reason() != null) {
            ctx.step(new Step.Note("conntrack: " + r.reason()));
        }
        Packet translated = conntrack.translate(r, ctx.packet());
        if (!translated.equals(ctx.packet())) {
            ctx.step(new Step.NatApplied(null, "conntrack", ctx.packet().from() + " -> " + ctx.packet().to()
                    + " becomes " + translated.from() + " -> " + translated.to()));
            ctx.packet(translated);
        }
    }
}
