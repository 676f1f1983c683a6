package org.portcullis.engine.eval;

import org.portcullis.engine.MacAddress;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;

/** Turns constant expressions into numbers, prefixes and link-layer addresses; null when the constant cannot be read. */
final class Constants {
    private Constants() {
    }

    static Long number(Expr e, Symbols symbols) {
        return switch (e) {
            case Expr.Num n -> n.value();
            case Expr.Str s -> symbols.lookup(s.value());
            case Expr.SetLit set -> {
                long bits = 0;
                for (Expr el : set.elements()) {
                    Long v = number(el, symbols);
                    if (v == null) {
                        yield null;
                    }
                    bits |= v;
                }
                yield bits;
            }
            case Expr.Payload p -> null;
            case Expr.Meta m -> null;
            case Expr.Ct c -> null;
            case Expr.Prefix p -> null;
            case Expr.Range r -> null;
            case Expr.SetRef r -> null;
            case Expr.And a -> null;
            case Expr.Or o -> null;
            case Expr.Xor x -> null;
            case Expr.Fib f -> null;
            case Expr.Bool b -> null;
            case Expr.TcpOption t -> null;
            case Expr.Rt r -> null;
            case Expr.Unknown u -> null;
        };
    }

    static IpPrefix prefix(Expr e) {
        return switch (e) {
            case Expr.Prefix p -> p.prefix();
            case Expr.Str s -> {
                try {
                    yield IpPrefix.parse(s.value());
                } catch (IllegalArgumentException ex) {
                    yield null;
                }
            }
            case Expr.Num n -> null;
            case Expr.Payload p -> null;
            case Expr.Meta m -> null;
            case Expr.Ct c -> null;
            case Expr.Range r -> null;
            case Expr.SetLit s -> null;
            case Expr.SetRef r -> null;
            case Expr.And a -> null;
            case Expr.Or o -> null;
            case Expr.Xor x -> null;
            case Expr.Fib f -> null;
            case Expr.Bool b -> null;
            case Expr.TcpOption t -> null;
            case Expr.Rt r -> null;
            case Expr.Unknown u -> null;
        };
    }

    /** A link-layer address constant ({@code 00:11:22:33:44:55}), or null. */
    static MacAddress mac(Expr e) {
        return e instanceof Expr.Str s && MacAddress.isValid(s.value()) ? MacAddress.parse(s.value()) : null;
    }

    static IpAddress address(Expr e) {
        IpPrefix p = prefix(e);
        return p == null || !p.isHost() ? null : p.address();
    }
}
