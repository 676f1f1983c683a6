package org.portcullis.engine.eval;

import java.util.List;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Decides whether a packet satisfies one {@code left op right} match. */
final class Matcher {
    private Matcher() {
    }

    static MatchResult test(Stmt.Match m, EvalContext ctx, Table table) {
        Value v = left(m.left(), ctx);
        return switch (v) {
            case Value.Absent a -> MatchResult.FALSE;
            case Value.Unknown u -> MatchResult.unknown(u.why());
            case Value.Num n -> compare(v, m.op(), m.right(), table);
            case Value.Addr a -> compare(v, m.op(), m.right(), table);
            case Value.Name nm -> compare(v, m.op(), m.right(), table);
        };
    }

    private static Value left(Expr e, EvalContext ctx) {
        return switch (e) {
            case Expr.Payload p -> Fields.payload(p, ctx.packet());
            case Expr.Meta m -> Fields.meta(m, ctx);
            case Expr.Ct c -> Fields.ct(c, ctx);
            case Expr.And a -> masked(left(a.left(), ctx), a.mask());
            case Expr.Str s -> new Value.Unknown("constant on the left of a match");
            case Expr.Num n -> new Value.Unknown("constant on the left of a match");
            case Expr.Prefix p -> new Value.Unknown("constant on the left of a match");
            case Expr.Range r -> new Value.Unknown("range on the left of a match");
            case Expr.SetLit s -> new Value.Unknown("set on the left of a match");
            case Expr.SetRef r -> new Value.Unknown("set on the left of a match");
            case Expr.Or o -> new Value.Unknown("bitwise or is not modelled");
            case Expr.Xor x -> new Value.Unknown("bitwise xor is not modelled");
            case Expr.Fib f -> new Value.Unknown("fib lookup is not modelled");
            case Expr.Bool b -> new Value.Unknown("constant on the left of a match");
            case Expr.TcpOption t -> new Value.Unknown("tcp option " + t.name() + " is not modelled");
            case Expr.Rt r -> new Value.Unknown("routing expression rt " + r.key() + " is not modelled");
            case Expr.Unknown u -> new Value.Unknown("unknown expression " + u.raw());
        };
    }

    private static Value masked(Value v, Expr mask) {
        if (v instanceof Value.Num n) {
            Long m = Constants.number(mask, n.symbols());
            return m == null ? new Value.Unknown("mask " + mask + " is not a number") : new Value.Num(n.value() & m, n.symbols());
        }
        if (v instanceof Value.Addr a) {
            IpAddress m = Constants.address(mask);
            int len = m == null ? -1 : prefixLength(m);
            return len < 0 ? new Value.Unknown("address mask " + mask + " is not modelled") : new Value.Addr(a.address().masked(len));
        }
        return v;
    }

    private static int prefixLength(IpAddress mask) {
        if (mask.v6()) {
            return -1;
        }
        int bits = Long.bitCount(mask.lo());
        return IpAddress.v4(bits == 0 ? 0 : (int) (0xffffffffL << (32 - bits))).equals(mask) ? bits : -1;
    }

    private static MatchResult compare(Value v, Op op, Expr right, Table table) {
        List<Expr> set = right instanceof Expr.SetLit s ? s.elements()
                : right instanceof Expr.SetRef r ? members(r, table) : null;
        if (right instanceof Expr.SetRef r && set == null) {
            return MatchResult.unknown("set @" + r.name() + " is not defined in table " + table.name());
        }
        if (set != null && op == Op.IN && v instanceof Value.Num n && n.symbols().bitmask()) {
            Long bits = Constants.number(right, n.symbols());
            return bits == null ? MatchResult.unknown("flags " + right + " not understood") : MatchResult.of((n.value() & bits) != 0);
        }
        if (set != null || right instanceof Expr.Range) {
            List<Expr> elements = set != null ? set : List.of(right);
            MatchResult member = member(v, elements);
            return switch (op) {
                case EQ, IN -> member;
                case NE -> member.not();
                case LT, GT, LE, GE -> MatchResult.unknown("ordering against a set");
            };
        }
        return switch (op) {
            case EQ -> equal(v, right);
            case NE -> equal(v, right).not();
            case IN -> v instanceof Value.Num n && n.symbols().bitmask() ? flags(n, right) : equal(v, right);
            case LT, GT, LE, GE -> order(v, op, right);
        };
    }

    private static List<Expr> members(Expr.SetRef r, Table table) {
        for (NamedSet s : table.sets()) {
            if (s.name().equals(r.name())) {
                return s.elements();
            }
        }
        return null;
    }

    private static MatchResult member(Value v, List<Expr> elements) {
        boolean unknown = false;
        for (Expr el : elements) {
            MatchResult r = el instanceof Expr.Range range ? inRange(v, range) : equal(v, el);
            if (r.result() == Tri.TRUE) {
                return r;
            }
            unknown |= r.result() == Tri.UNKNOWN;
        }
        return unknown ? MatchResult.unknown("a set element is not understood") : MatchResult.FALSE;
    }

    private static MatchResult flags(Value.Num n, Expr right) {
        Long bits = Constants.number(right, n.symbols());
        return bits == null ? MatchResult.unknown("flag " + right + " not understood") : MatchResult.of((n.value() & bits) != 0);
    }

    static MatchResult equal(Value v, Expr c) {
        return switch (v) {
            case Value.Num n -> {
                Long k = Constants.number(c, n.symbols());
                yield k == null ? MatchResult.unknown("constant " + c + " not understood") : MatchResult.of(n.value() == k);
            }
            case Value.Addr a -> {
                IpPrefix p = Constants.prefix(c);
                yield p == null ? MatchResult.unknown("address " + c + " not understood") : MatchResult.of(p.contains(a.address()));
            }
            case Value.Name nm -> c instanceof Expr.Str s ? MatchResult.of(Interfaces.matches(nm.name(), s.value()))
                    : MatchResult.unknown("interface " + c + " not understood");
            case Value.Absent a -> MatchResult.FALSE;
            case Value.Unknown u -> MatchResult.unknown(u.why());
        };
    }

    private static MatchResult inRange(Value v, Expr.Range r) {
        MatchResult lo = order(v, Op.GE, r.lo());
        MatchResult hi = order(v, Op.LE, r.hi());
        if (lo.result() == Tri.UNKNOWN) {
            return lo;
        }
        return hi.result() == Tri.UNKNOWN ? hi : MatchResult.of(lo.result() == Tri.TRUE && hi.result() == Tri.TRUE);
    }

    private static MatchResult order(Value v, Op op, Expr c) {
        int cmp;
        if (v instanceof Value.Num n) {
            Long k = Constants.number(c, n.symbols());
            if (k == null) {
                return MatchResult.unknown("constant " + c + " not understood");
            }
            cmp = Long.compareUnsigned(n.value(), k);
        } else if (v instanceof Value.Addr a) {
            IpAddress k = Constants.address(c);
            if (k == null || k.v6() != a.address().v6()) {
                return MatchResult.unknown("address " + c + " not understood");
            }
            cmp = a.address().compareTo(k);
        } else {
            return MatchResult.unknown("ordering of " + v);
        }
        return MatchResult.of(switch (op) {
            case LT -> cmp < 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            case GE -> cmp >= 0;
            case EQ, IN -> cmp == 0;
            case NE -> cmp != 0;
        });
    }
}
