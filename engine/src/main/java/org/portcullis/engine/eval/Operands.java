package org.portcullis.engine.eval;

import java.util.function.LongBinaryOperator;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;

/**
 * The value a packet gives an expression that reads it: the left side of a match, or the value a statement
 * sets. Bitwise and, or and xor combine a packet value with a constant or with another packet value, in 32
 * bits as nftables' bitwise expression does for marks.
 */
final class Operands {
    private Operands() {
    }

    static Value of(Expr e, EvalContext ctx) {
        return switch (e) {
            case Expr.Payload p -> Fields.payload(p, ctx);
            case Expr.Meta m -> Fields.meta(m, ctx);
            case Expr.Ct c -> Fields.ct(c, ctx);
            case Expr.Fib f -> FibLookup.of(f, ctx);
            case Expr.And a -> masked(of(a.left(), ctx), a.mask(), ctx);
            case Expr.Or o -> bitwise(of(o.left(), ctx), o.right(), ctx, (x, y) -> x | y, "|");
            case Expr.Xor x -> bitwise(of(x.left(), ctx), x.right(), ctx, (a, b) -> a ^ b, "^");
            case Expr.TcpOption t -> new Value.Unknown("tcp option " + t.name() + " " + t.field()
                    + " is not modelled: packets carry no tcp options");
            case Expr.Rt r -> new Value.Unknown("rt " + r.key() + " is not modelled");
            case Expr.Str s -> new Value.Unknown("constant on the left of a match");
            case Expr.Num n -> new Value.Unknown("constant on the left of a match");
            case Expr.Prefix p -> new Value.Unknown("constant on the left of a match");
            case Expr.Bool b -> new Value.Unknown("constant on the left of a match");
            case Expr.Range r -> new Value.Unknown("range on the left of a match");
            case Expr.SetLit s -> new Value.Unknown("set on the left of a match");
            case Expr.SetRef r -> new Value.Unknown("set on the left of a match");
            case Expr.Unknown u -> new Value.Unknown("unknown expression " + u.raw());
        };
    }

    /** The value a statement sets: a constant, or an expression of the packet. */
    static Value setValue(Expr e, EvalContext ctx) {
        Long k = Constants.number(e, Symbols.NONE);
        return k != null ? new Value.Num(k, Symbols.NONE) : of(e, ctx);
    }

    private static Value masked(Value v, Expr mask, EvalContext ctx) {
        if (v instanceof Value.Addr a) {
            IpAddress m = Constants.address(mask);
            int len = m == null ? -1 : prefixLength(m);
            return len < 0 ? new Value.Unknown("address mask " + mask + " is not modelled") : new Value.Addr(a.address().masked(len));
        }
        return v instanceof Value.Num ? bitwise(v, mask, ctx, (x, y) -> x & y, "&") : v;
    }

    private static Value bitwise(Value v, Expr right, EvalContext ctx, LongBinaryOperator op, String symbol) {
        if (!(v instanceof Value.Num n)) {
            return v instanceof Value.Absent || v instanceof Value.Unknown ? v
                    : new Value.Unknown("'" + symbol + "' on a value that is not a number");
        }
        Long k = Constants.number(right, n.symbols());
        if (k == null) {
            Value r = setValue(right, ctx);
            if (!(r instanceof Value.Num rn)) {
                return r instanceof Value.Absent || r instanceof Value.Unknown ? r
                        : new Value.Unknown("operand " + right + " of '" + symbol + "' is not a number");
            }
            k = rn.value();
        }
        return new Value.Num(op.applyAsLong(n.value(), k), n.symbols());
    }

    /** The length of a contiguous network mask, or -1. */
    private static int prefixLength(IpAddress mask) {
        int ones = Long.bitCount(mask.hi()) + Long.bitCount(mask.lo());
        return new IpPrefix(mask, ones).address().equals(mask) ? ones : -1;
    }
}
