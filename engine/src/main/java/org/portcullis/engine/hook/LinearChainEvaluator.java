package org.portcullis.engine.hook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.Manip;
import org.portcullis.engine.conntrack.Translation;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.eval.NatTarget;
import org.portcullis.engine.eval.Nats;
import org.portcullis.engine.eval.RuleEvaluator;
import org.portcullis.engine.eval.RuleOutcome;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Walks a base chain rule by rule with the kernel's jump, goto and return semantics. The rule scan picks
 * which rules are tried; by default every one is.
 */
public final class LinearChainEvaluator implements ChainEvaluator {
    /** The kernel's jump stack depth. */
    static final int MAX_DEPTH = 16;

    private final RuleScan scan;

    public LinearChainEvaluator() {
        this(RuleScan.LINEAR);
    }

    public LinearChainEvaluator(RuleScan scan) {
        this.scan = scan;
    }

    private record Frame(Chain chain, int next) {
    }

    @Override
    public ChainResult evaluate(BaseChain base, EvalContext ctx) {
        Table table = base.table();
        Deque<Frame> stack = new ArrayDeque<>();
        Chain current = base.chain();
        int idx = 0;
        ctx.step(new Step.ChainEntered(table.family(), table.name(), current.name(), Step.Entry.BASE));
        while (true) {
            idx = idx < current.rules().size() ? scan.next(current, idx, ctx.packet()) : idx;
            if (idx >= current.rules().size()) {
                if (stack.isEmpty()) {
                    return policy(base, ctx);
                }
                ctx.step(new Step.ChainReturned(table.family(), table.name(), current.name()));
                Frame f = stack.pop();
                current = f.chain();
                idx = f.next();
                continue;
            }
            Rule rule = current.rules().get(idx);
            RuleRef ref = new RuleRef(table.family(), table.name(), current.name(), idx);
            RuleOutcome out = RuleEvaluator.evaluate(rule, ref, table, ctx);
            switch (out) {
                case RuleOutcome.NoMatch n -> idx++;
                case RuleOutcome.Unknown u -> {
                    ctx.step(new Step.RuleUnknown(ref, rule.handle(), u.reason()));
                    ctx.markUncertain();
                    idx++;
                }
                case RuleOutcome.Matched m -> {
                    ctx.step(new Step.RuleMatched(ref, rule.handle(), RuleAction.NONE, null, null));
                    idx++;
                }
                case RuleOutcome.Reject r -> {
                    Step s = new Step.RuleMatched(ref, rule.handle(), RuleAction.REJECT, null, r.kind());
                    ctx.step(s);
                    return new ChainResult(Verdict.Kind.REJECT, r.kind(), s);
                }
                case RuleOutcome.Nat n -> {
                    String refused = refused(base, n, ctx);
                    if (refused != null) {
                        ctx.step(new Step.RuleUnknown(ref, rule.handle(), refused));
                        ctx.markUncertain();
                        idx++;
                        continue;
                    }
                    return nat(n, ref, rule.handle(), ctx);
                }
                case RuleOutcome.Verdict v -> {
                    switch (v.kind()) {
                        case ACCEPT, DROP -> {
                            boolean accept = v.kind() == Stmt.VerdictKind.ACCEPT;
                            Step s = new Step.RuleMatched(ref, rule.handle(), accept ? RuleAction.ACCEPT : RuleAction.DROP, null, null);
                            ctx.step(s);
                            return new ChainResult(accept ? Verdict.Kind.ACCEPT : Verdict.Kind.DROP, null, s);
                        }
                        case CONTINUE -> idx++;
                        case RETURN -> {
                            ctx.step(new Step.RuleMatched(ref, rule.handle(), RuleAction.RETURN, null, null));
                            if (stack.isEmpty()) {
                                return policy(base, ctx);
                            }
                            ctx.step(new Step.ChainReturned(table.family(), table.name(), current.name()));
                            Frame f = stack.pop();
                            current = f.chain();
                            idx = f.next();
                        }
                        case JUMP, GOTO -> {
                            boolean jump = v.kind() == Stmt.VerdictKind.JUMP;
                            Chain target = table.chain(v.target());
                            if (target == null || stack.size() >= MAX_DEPTH) {
                                String why = target == null ? "chain " + v.target() + " does not exist" : "jump stack too deep";
                                ctx.step(new Step.RuleUnknown(ref, rule.handle(), why));
                                ctx.markUncertain();
                                idx++;
                                continue;
                            }
                            ctx.step(new Step.RuleMatched(ref, rule.handle(), jump ? RuleAction.JUMP : RuleAction.GOTO, v.target(), null));
                            if (jump) {
                                stack.push(new Frame(current, idx + 1));
                            }
                            current = target;
                            idx = 0;
                            ctx.step(new Step.ChainEntered(table.family(), table.name(), target.name(),
                                    jump ? Step.Entry.JUMP : Step.Entry.GOTO));
                        }
                    }
                }
            }
        }
    }

    private static String refused(BaseChain base, RuleOutcome.Nat n, EvalContext ctx) {
        if (base.type() != ChainType.NAT) {
            return "nat statement outside a nat chain";
        }
        if (!Nats.hooks(n.stmt().kind()).contains(ctx.hook())) {
            return n.stmt().kind().name().toLowerCase(Locale.ROOT) + " is refused by the kernel in " + ctx.hook().nftName();
        }
        return ctx.ct() == null || ctx.ct().entry() == null ? "nat without a conntrack entry" : null;
    }

    /** Sets the flow's translation up; the packet itself is rewritten when the nat core has run its chains. */
    private static ChainResult nat(RuleOutcome.Nat n, RuleRef ref, long handle, EvalContext ctx) {
        NatTarget t = n.target();
        String kind = n.stmt().kind().name().toLowerCase(Locale.ROOT);
        if (t.dropped() != null) {
            Step s = new Step.RuleMatched(ref, handle, RuleAction.DROP, null, null);
            ctx.step(s);
            ctx.step(new Step.Note(t.dropped() + ": the kernel drops the packet"));
            return new ChainResult(Verdict.Kind.DROP, null, s);
        }
        CtResult ct = ctx.ct();
        Packet before = ctx.packet();
        ct.entry().bind(t.manip(), t.address(), t.port());
        Packet after = Translation.apply(new CtResult(ct.state(), CtDirection.ORIGINAL, ct.entry(), ct.created(), null),
                t.manip(), before);
        boolean src = t.manip() == Manip.SRC;
        String what = (src ? "source " + before.from() : "destination " + before.to())
                + (after.equals(before) ? " unchanged" : " becomes " + (src ? after.from() : after.to()));
        ctx.step(new Step.RuleMatched(ref, handle, RuleAction.NAT, null, null));
        Step s = new Step.NatApplied(ref, kind, what + (t.notes() == null ? "" : "; " + t.notes()));
        ctx.step(s);
        return new ChainResult(Verdict.Kind.ACCEPT, null, s);
    }

    private static ChainResult policy(BaseChain base, EvalContext ctx) {
        Table t = base.table();
        ChainPolicy p = base.chain().base().policy();
        Step s = new Step.PolicyApplied(t.family(), t.name(), base.chain().name(), p);
        ctx.step(s);
        return new ChainResult(p == ChainPolicy.DROP ? Verdict.Kind.DROP : Verdict.Kind.ACCEPT, null, s);
    }
}
