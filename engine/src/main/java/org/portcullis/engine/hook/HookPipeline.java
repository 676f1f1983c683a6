package org.portcullis.engine.hook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.ConnTrack;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtEntry;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.conntrack.Manip;
import org.portcullis.engine.conntrack.Translation;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;

/**
 * Runs a packet through one hook: the base chains of every applicable table by priority, connection
 * tracking at priority -200 on PREROUTING and OUTPUT, the nat core (see {@link NatHook}) at -100 or 100,
 * and confirmation after INPUT and POSTROUTING. A drop or reject ends the hook; an accept only ends its
 * own base chain. When nat changes the destination of a packet the host sends, it is routed again there.
 */
public final class HookPipeline {
    /** The priority at which connection tracking looks packets up. */
    public static final int CONNTRACK_PRIORITY = -200;

    private record PlanKey(Hook hook, Family family) {
    }

    private final Ruleset ruleset;
    private final ChainEvaluator evaluator;
    private final ConnTrack conntrack;
    private final Host host;
    private final Map<PlanKey, List<HookEntry>> plans = new ConcurrentHashMap<>();

    public HookPipeline(Ruleset ruleset, ChainEvaluator evaluator, ConnTrack conntrack) {
        this(ruleset, evaluator, conntrack, null);
    }

    /** {@code host} routes packets whose destination nat changed on output; may be null. */
    public HookPipeline(Ruleset ruleset, ChainEvaluator evaluator, ConnTrack conntrack, Host host) {
        this.ruleset = ruleset;
        this.evaluator = evaluator;
        this.conntrack = conntrack;
        this.host = host;
    }

    public ChainResult run(Hook hook, EvalContext ctx) {
        ctx.hook(hook);
        ctx.step(new Step.HookEntered(hook, ctx.packet().iif(), ctx.packet().oif()));
        boolean tracks = hook == Hook.PREROUTING || hook == Hook.OUTPUT;
        List<HookEntry> entries = plans.computeIfAbsent(new PlanKey(hook, ctx.packet().family()),
                k -> BaseChains.plan(ruleset, k.hook(), k.family()));
        ChainResult last = new ChainResult(Verdict.Kind.ACCEPT, null, null);
        for (HookEntry entry : entries) {
            if (tracks && ctx.ct() == null && entry.priority() >= CONNTRACK_PRIORITY) {
                track(ctx);
            }
            ChainResult r = switch (entry) {
                case BaseChain chain -> evaluator.evaluate(chain, ctx);
                case NatHook nat -> nat(nat, ctx);
            };
            if (r.kind() != Verdict.Kind.ACCEPT) {
                return r;
            }
            last = r.decidedBy() == null ? last : r;
        }
        if (tracks && ctx.ct() == null) {
            track(ctx);
        }
        if ((hook == Hook.INPUT || hook == Hook.POSTROUTING) && conntrack.confirm(ctx.ct())) {
            ctx.step(new Step.CtConfirmed(ctx.ct().entry().original().toString()));
        }
        return last;
    }

    /**
     * The nat core: a flow's first packet meets the nat chains until one sets the flow's translation up
     * for this end (none doing so binds it to no translation); every packet of a translated flow is then
     * rewritten, replies back. A related packet that is not an ICMP error (the reset answering a rejected
     * SYN, in either direction) meets them too while this end of its flow is not set up yet; an ICMP error
     * is only translated.
     */
    private ChainResult nat(NatHook core, EvalContext ctx) {
        CtResult ct = ctx.ct();
        Manip manip = core.manip();
        ChainResult last = new ChainResult(Verdict.Kind.ACCEPT, null, null);
        CtEntry e = ct == null ? null : ct.entry();
        boolean unset = e != null && !e.natInitialized(manip);
        boolean first = unset && (ct.state() == CtState.RELATED ? !IpProto.isIcmp(ctx.packet().protocol())
                : ct.direction() == CtDirection.ORIGINAL);
        boolean boundHere = false;
        for (BaseChain chain : core.chains()) {
            if (!first) {
                ctx.step(new Step.Note("nat chain " + chain.table().name() + " " + chain.chain().name() + " skipped: "
                        + (e == null ? "a packet without a conntrack entry meets no nat chain"
                        : "only a flow's first packet meets nat chains, and a related one that is no ICMP error")));
                continue;
            }
            if (e.natInitialized(manip)) {
                ctx.step(new Step.Note("nat chain " + chain.table().name() + " " + chain.chain().name()
                        + " skipped: an earlier nat chain set the flow's translation up"));
                continue;
            }
            ChainResult r = evaluator.evaluate(chain, ctx);
            if (r.kind() != Verdict.Kind.ACCEPT) {
                return r;
            }
            last = r.decidedBy() == null ? last : r;
            boundHere = e.natInitialized(manip);
        }
        if (first && !e.natInitialized(manip)) {
            e.nullBind(manip);
        }
        Packet before = ctx.packet();
        Packet after = Translation.apply(ct, manip, before);
        if (!after.equals(before)) {
            if (!boundHere) {
                ctx.step(new Step.NatApplied(null, "conntrack", before.from() + " -> " + before.to()
                        + " becomes " + after.from() + " -> " + after.to()));
            }
            ctx.packet(after);
            if (core.hook() == Hook.OUTPUT && !after.dst().equals(before.dst())) {
                reroute(ctx);
            }
        }
        return last;
    }

    private void reroute(EvalContext ctx) {
        RouteChoice route = host == null ? null : host.route(ctx.packet().dst()).orElse(null);
        if (route != null) {
            ctx.packet(ctx.packet().withOif(route.dev()));
            ctx.step(new Step.Note("routed again after nat: " + ctx.packet().dst() + " via " + route.dev()));
        }
    }

    private void track(EvalContext ctx) {
        CtResult r = ctx.notrack() ? CtResult.untracked("notrack") : conntrack.track(ctx.packet());
        ctx.ct(r);
        ctx.step(new Step.CtLookup(r.state(), r.direction(), r.created()));
        if (r.reason() != null) {
            ctx.step(new Step.Note("conntrack: " + r.reason()));
        }
    }
}
