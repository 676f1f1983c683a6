package org.portcullis.engine.eval;

import org.portcullis.engine.trace.RejectKind;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Evaluates the statements of one rule left to right. */
public final class RuleEvaluator {
    private RuleEvaluator() {
    }

    /**
     * After a match that cannot be decided, later matches are still tried: one that fails makes the rule
     * a certain non-match; otherwise the rule is unknown and none of its other statements take effect. A
     * reject's implicit guard (see {@link Rejects#fits}) comes first, as nft puts it.
     */
    public static RuleOutcome evaluate(Rule rule, RuleRef ref, Table table, EvalContext ctx) {
        for (Stmt s : rule.stmts()) {
            if (s instanceof Stmt.Reject r && !Rejects.fits(r, table, ctx.packet())) {
                return new RuleOutcome.NoMatch();
            }
        }
        String unknown = null;
        for (Stmt s : rule.stmts()) {
            if (unknown != null && !(s instanceof Stmt.Match)) {
                return new RuleOutcome.Unknown(unknown);
            }
            RuleOutcome end = switch (s) {
                case Stmt.Match m -> {
                    MatchResult r = Matcher.test(m, ctx, table);
                    if (r.result() == Tri.UNKNOWN && unknown == null) {
                        unknown = r.reason();
                    }
                    yield r.result() == Tri.FALSE ? new RuleOutcome.NoMatch() : null;
                }
                case Stmt.Counter c -> {
                    ctx.counters().hit(ref, ctx.packet().length());
                    yield null;
                }
                case Stmt.Log l -> {
                    ctx.step(new Step.Note(Logs.describe(l, ref)));
                    yield null;
                }
                case Stmt.Limit l -> limit(l, ref, ctx);
                case Stmt.Reject r -> {
                    RejectKind k = Rejects.kind(r);
                    yield k == null ? new RuleOutcome.Unknown("reject with " + r.type() + " " + r.code() + " is not modelled")
                            : new RuleOutcome.Reject(k);
                }
                case Stmt.Nat n -> nat(n, ctx);
                case Stmt.Mangle m -> Mangles.apply(m, ref, ctx);
                case Stmt.Notrack n -> {
                    ctx.notrack(true);
                    yield null;
                }
                case Stmt.Verdict v -> v.kind() == Stmt.VerdictKind.CONTINUE ? new RuleOutcome.Matched()
                        : new RuleOutcome.Verdict(v.kind(), v.target());
                case Stmt.Unsupported u -> unsupported(u, ref, ctx);
            };
            if (end != null) {
                return end;
            }
        }
        return unknown != null ? new RuleOutcome.Unknown(unknown) : new RuleOutcome.Matched();
    }

    private static RuleOutcome limit(Stmt.Limit l, RuleRef ref, EvalContext ctx) {
        ctx.step(new Step.Note("limit " + (l.over() ? "over " : "") + l.rate() + "/" + l.per() + " in " + ref
                + " is not modelled: treated as never exceeded"));
        return l.over() ? new RuleOutcome.NoMatch() : null;
    }

    private static RuleOutcome unsupported(Stmt.Unsupported u, RuleRef ref, EvalContext ctx) {
        String helper = Mangles.ctHelper(u);
        return helper != null ? Mangles.helper(helper, ref, ctx) : new RuleOutcome.Unknown("statement not modelled: " + u.raw());
    }

    private static RuleOutcome nat(Stmt.Nat n, EvalContext ctx) {
        if (!Nats.appliesTo(n, ctx.packet())) {
            return null;
        }
        NatTarget t = Nats.target(n, ctx);
        return t == null ? new RuleOutcome.Unknown(Nats.describe(n) + " is not modelled") : new RuleOutcome.Nat(n, t);
    }
}
