package org.portcullis.engine.eval;

import org.portcullis.engine.trace.RejectKind;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Evaluates the statements of one rule left to right. */
public final class RuleEvaluator {
    private RuleEvaluator() {
    }

    /**
     * After a match that cannot be decided, later matches are still tried: one that fails makes the rule
     * a certain non-match; otherwise the rule is unknown and none of its other statements take effect.
     */
    public static RuleOutcome evaluate(Rule rule, RuleRef ref, Table table, EvalContext ctx) {
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
                    ctx.step(new Step.Note("log" + (l.prefix() == null ? "" : " prefix \"" + l.prefix() + "\"")
                            + " by " + ref));
                    yield null;
                }
                case Stmt.Limit l -> limit(l, ref, ctx);
                case Stmt.Reject r -> {
                    RejectKind k = Rejects.kind(r);
                    yield k == null ? new RuleOutcome.Unknown("reject with " + r.type() + " " + r.code() + " is not modelled")
                            : new RuleOutcome.Reject(k);
                }
                case Stmt.Nat n -> new RuleOutcome.Nat(n, Nats.describe(n));
                case Stmt.Mangle m -> mangle(m, ref, ctx);
                case Stmt.Notrack n -> {
                    ctx.notrack(true);
                    yield null;
                }
                case Stmt.Verdict v -> v.kind() == Stmt.VerdictKind.CONTINUE ? new RuleOutcome.Matched()
                        : new RuleOutcome.Verdict(v.kind(), v.target());
                case Stmt.Unsupported u -> new RuleOutcome.Unknown("statement not modelled: " + u.raw());
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

    private static RuleOutcome mangle(Stmt.Mangle m, RuleRef ref, EvalContext ctx) {
        Long value = Constants.number(m.value(), Symbols.NONE);
        if (value != null && m.key() instanceof Expr.Meta meta && meta.key().equals("mark")) {
            ctx.packet(ctx.packet().withMark(value));
            return null;
        }
        if (value != null && m.key() instanceof Expr.Ct ct && ct.key().equals("mark") && ct.dir() == null) {
            if (ctx.ct() != null && ctx.ct().entry() != null) {
                ctx.ct().entry().mark(value);
            }
            return null;
        }
        return new RuleOutcome.Unknown("setting " + m.key() + " is not modelled");
    }
}
