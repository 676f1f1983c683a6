package org.portcullis.engine.play;

import java.util.Optional;

import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.hook.ChainResult;
import org.portcullis.engine.hook.HookPipeline;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.nft.Hook;

/**
 * Carries one packet through the host's hooks as routing decides: a locally sent packet through OUTPUT
 * and POSTROUTING (and, to a local address, back in through PREROUTING and INPUT over {@code lo}); an
 * arriving packet through PREROUTING, then INPUT, or FORWARD and POSTROUTING. Routing decides after
 * PREROUTING, on the destination its nat left.
 */
public final class PacketWalk {
    private final Host host;
    private final HookPipeline pipeline;
    private final Counters counters;

    public PacketWalk(Host host, HookPipeline pipeline, Counters counters) {
        this.host = host;
        this.pipeline = pipeline;
        this.counters = counters;
    }

    /** A packet a local process sends; {@code attached} is conntrack already attached to it, or null. */
    public Walked fromHost(Packet p, CtResult attached) {
        EvalContext ctx = new EvalContext(p.withIif(null).withOif(null), counters, host);
        if (attached != null) {
            ctx.ct(attached);
        }
        Optional<RouteChoice> route = host.route(p.dst());
        if (route.isEmpty()) {
            return unrouted(ctx, Fate.NO_ROUTE, "no route to " + p.dst());
        }
        ctx.packet(ctx.packet().withOif(route.get().dev()));
        ChainResult out = pipeline.run(Hook.OUTPUT, ctx);
        if (out.kind() != Verdict.Kind.ACCEPT) {
            return ended(ctx, out);
        }
        if (!ctx.packet().dst().equals(p.dst())) {
            route = host.route(ctx.packet().dst());
            if (route.isEmpty()) {
                return unrouted(ctx, Fate.NO_ROUTE, "no route to " + ctx.packet().dst());
            }
            ctx.packet(ctx.packet().withOif(route.get().dev()));
        }
        ChainResult post = pipeline.run(Hook.POSTROUTING, ctx);
        if (post.kind() != Verdict.Kind.ACCEPT) {
            return ended(ctx, post);
        }
        ChainResult last = latest(out, post);
        if (!route.get().local()) {
            return done(ctx, last, Fate.SENT);
        }
        ctx.packet(ctx.packet().withIif("lo").withOif(null));
        return inbound(ctx, last);
    }

    /** A packet arriving on interface {@code iif}. */
    public Walked toHost(Packet p, String iif, CtResult attached) {
        EvalContext ctx = new EvalContext(p.withIif(iif).withOif(null), counters, host);
        if (attached != null) {
            ctx.ct(attached);
        }
        return inbound(ctx, new ChainResult(Verdict.Kind.ACCEPT, null, null));
    }

    private Walked inbound(EvalContext ctx, ChainResult before) {
        ChainResult pre = pipeline.run(Hook.PREROUTING, ctx);
        if (pre.kind() != Verdict.Kind.ACCEPT) {
            return ended(ctx, pre);
        }
        ChainResult last = latest(before, pre);
        Packet p = ctx.packet();
        if (host.isLocal(p.dst())) {
            ChainResult in = pipeline.run(Hook.INPUT, ctx);
            return in.kind() != Verdict.Kind.ACCEPT ? ended(ctx, in) : done(ctx, latest(last, in), Fate.DELIVERED);
        }
        if (!host.forwarding()) {
            return unrouted(ctx, Fate.NOT_FORWARDED, p.dst() + " is not local and forwarding is disabled");
        }
        Optional<RouteChoice> route = host.route(p.dst());
        if (route.isEmpty()) {
            return unrouted(ctx, Fate.NO_ROUTE, "no route to " + p.dst());
        }
        ctx.packet(p.withOif(route.get().dev()));
        ChainResult fwd = pipeline.run(Hook.FORWARD, ctx);
        if (fwd.kind() != Verdict.Kind.ACCEPT) {
            return ended(ctx, fwd);
        }
        ChainResult post = pipeline.run(Hook.POSTROUTING, ctx);
        return post.kind() != Verdict.Kind.ACCEPT ? ended(ctx, post) : done(ctx, latest(latest(last, fwd), post), Fate.SENT);
    }

    /** The later of two accepting results that has a deciding step. */
    private static ChainResult latest(ChainResult earlier, ChainResult later) {
        return later.decidedBy() == null ? earlier : later;
    }

    private static Walked ended(EvalContext ctx, ChainResult r) {
        Verdict v = new Verdict(r.kind(), r.reject(), r.decidedBy(), ctx.uncertain());
        Fate f = r.kind() == Verdict.Kind.REJECT ? Fate.REJECTED : Fate.DROPPED;
        return new Walked(new Trace(ctx.steps(), v), f, ctx.packet(), ctx.ct());
    }

    private static Walked done(EvalContext ctx, ChainResult r, Fate fate) {
        Verdict v = Verdict.accept(r.decidedBy(), ctx.uncertain());
        return new Walked(new Trace(ctx.steps(), v), fate, ctx.packet(), ctx.ct());
    }

    private static Walked unrouted(EvalContext ctx, Fate fate, String why) {
        Step s = new Step.Note(why);
        ctx.step(s);
        Verdict v = new Verdict(Verdict.Kind.DROP, null, s, ctx.uncertain());
        return new Walked(new Trace(ctx.steps(), v), fate, ctx.packet(), ctx.ct());
    }
}
