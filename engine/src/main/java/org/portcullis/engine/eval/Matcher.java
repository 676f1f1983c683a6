package org.portcullis.engine.eval;

import java.util.List;

import org.portcullis.engine.MacAddress;
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
        Value v = Operands.of(m.left(), ctx);
        return switch (v) {
            case Value.Absent a -> MatchResult.FALSE;
            case Value.Unknown u -> MatchResult.unknown(u.why());
            case Value.Num n -> compare(v, m.op(), m.right(), table);
            case Value.Addr a -> compare(v, m.op(), m.right(), table);
            case Value.Name nm -> compare(v, m.op(), m.right(), table);
            case Value.Mac mac -> compare(v, m.op(), m.right(), table);
        };
    }

    private static MatchResult compare(Value v, Op op, Expr right, Table table) {
        if (right instanceof Expr.Bool b) {
            MatchResult present = present(v);
            return switch (op) {
                case EQ, IN -> b.value() ? present : present.not();
                case NE -> b.value() ? present.not() : present;
                case LT, GT, LE, GE -> MatchResult.unknown("ordering against exists/missing");
            };
        }
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

    /** Whether a lookup found something, as {@code exists} / {@code missing} ask: an interface, a nonzero number. */
    private static MatchResult present(Value v) {
        return switch (v) {
            case Value.Name nm -> MatchResult.of(!nm.name().isEmpty());
            case Value.Num n -> MatchResult.of(n.value() != 0);
            case Value.Unknown u -> MatchResult.unknown(u.why());
            case Value.Absent a -> MatchResult.FALSE;
            case Value.Addr a -> MatchResult.unknown("exists/missing of an address");
            case Value.Mac mac -> MatchResult.unknown("exists/missing of a link-layer address");
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
            case Value.Mac mac -> {
                MacAddress k = Constants.mac(c);
                yield k == null ? MatchResult.unknown("link-layer address " + c + " not understood") : MatchResult.of(mac.address().equals(k));
            }
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
        } else if (v instanceof Value.Mac mac) {
            MacAddress k = Constants.mac(c);
            if (k == null) {
                return MatchResult.unknown("link-layer address " + c + " not understood");
            }
            cmp = mac.address().compareTo(k);
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
