package org.portcullis.engine.classify;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;

/**
 * The values a match admits for ports, IPv4 addresses and interface names, read exactly as the reference
 * evaluator compares them; null when the match holds anything it would not decide for certain.
 */
final class Values {
    private Values() {
    }

    static Intervals numbers(Op op, Expr right, long max) {
        if (right instanceof Expr.SetLit || right instanceof Expr.Range) {
            if (!GuardReader.membership(op)) {
                return null;
            }
            List<long[]> pairs = new ArrayList<>();
            for (Expr e : GuardReader.elements(right)) {
                long[] pair = switch (e) {
                    case Expr.Num n -> new long[] {n.value(), n.value()};
                    case Expr.Range r when r.lo() instanceof Expr.Num lo && r.hi() instanceof Expr.Num hi ->
                            new long[] {lo.value(), hi.value()};
                    default -> null;
                };
                if (pair == null || pair[0] < 0 || pair[1] < 0) {
                    return null;
                }
                pairs.add(pair);
            }
            Intervals in = Intervals.union(pairs);
            return op == Op.NE ? in.complement(max) : in;
        }
        if (!(right instanceof Expr.Num n) || n.value() < 0) {
            return null;
        }
        long k = n.value();
        return switch (op) {
            case EQ, IN -> Intervals.of(k, k);
            case NE -> Intervals.of(k, k).complement(max);
            case LT -> Intervals.of(0, k - 1);
            case LE -> Intervals.of(0, k);
            case GT -> Intervals.of(k + 1, Math.max(max, k));
            case GE -> Intervals.of(k, Math.max(max, k));
        };
    }

    static Intervals addresses(Op op, Expr right) {
        if (!GuardReader.membership(op) || right instanceof Expr.SetRef) {
            return null;
        }
        List<long[]> pairs = new ArrayList<>();
        for (Expr e : GuardReader.elements(right)) {
            long[] pair = e instanceof Expr.Range r ? range(r) : prefix(GuardReader.v4(e));
            if (pair == null) {
                return null;
            }
            pairs.add(pair);
        }
        Intervals in = Intervals.union(pairs);
        return op == Op.NE ? in.complement(GuardReader.V4_MAX) : in;
    }

    private static long[] prefix(IpPrefix p) {
        if (p == null) {
            return null;
        }
        long lo = p.address().lo();
        return new long[] {lo, lo | ((1L << (32 - p.length())) - 1)};
    }

    private static long[] range(Expr.Range r) {
        IpAddress lo = host(r.lo());
        IpAddress hi = host(r.hi());
        return lo == null || hi == null ? null : new long[] {lo.lo(), hi.lo()};
    }

    private static IpAddress host(Expr e) {
        IpPrefix p = GuardReader.v4(e);
        return p != null && p.isHost() ? p.address() : null;
    }

    static NameTest names(Op op, Expr right) {
        if (!GuardReader.membership(op) || right instanceof Expr.SetRef || right instanceof Expr.Range) {
            return null;
        }
        List<String> patterns = new ArrayList<>();
        for (Expr e : GuardReader.elements(right)) {
            if (!(e instanceof Expr.Str s)) {
                return null;
            }
            patterns.add(s.value());
        }
        return new NameTest(patterns, op == Op.NE);
    }
}
