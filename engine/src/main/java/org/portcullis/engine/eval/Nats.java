package org.portcullis.engine.eval;

import org.portcullis.engine.Packet;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** Describes and applies the address part of nat statements. */
public final class Nats {
    private Nats() {
    }

    static String describe(Stmt.Nat n) {
        String kind = n.kind().name().toLowerCase(java.util.Locale.ROOT);
        String to = (n.addr() == null ? "" : " to " + text(n.addr())) + (n.port() == null ? "" : " port " + text(n.port()));
        return kind + to;
    }

    private static String text(Expr e) {
        return switch (e) {
            case Expr.Num n -> Long.toString(n.value());
            case Expr.Str s -> s.value();
            case Expr.Prefix p -> p.prefix().toString();
            case Expr.Payload p -> p.protocol() + " " + p.field();
            case Expr.Meta m -> "meta " + m.key();
            case Expr.Ct c -> "ct " + c.key();
            case Expr.Range r -> text(r.lo()) + "-" + text(r.hi());
            case Expr.SetLit s -> s.elements().toString();
            case Expr.SetRef r -> "@" + r.name();
            case Expr.And a -> text(a.left()) + " & " + text(a.mask());
            case Expr.Or o -> text(o.left()) + " | " + text(o.right());
            case Expr.Xor x -> text(x.left()) + " ^ " + text(x.right());
            case Expr.Fib f -> "fib " + String.join(" . ", f.flags()) + " " + f.result();
            case Expr.Bool b -> Boolean.toString(b.value());
            case Expr.TcpOption t -> "tcp option " + t.name() + " " + t.field();
            case Expr.Rt r -> "rt " + r.key();
            case Expr.Unknown u -> u.raw();
        };
    }

    /** The single address a nat statement translates to, or null when it names none or a range. */
    public static IpAddress address(Stmt.Nat n) {
        return n.addr() == null ? null : Constants.address(n.addr());
    }

    /** The single port a nat statement translates to, or -1. */
    public static int port(Stmt.Nat n) {
        Long p = n.port() == null ? null : Constants.number(n.port(), Symbols.NONE);
        return p == null ? -1 : p.intValue();
    }

    /** The packet after a nat statement with a literal address and/or port; unchanged otherwise. */
    public static Packet apply(Packet p, Stmt.Nat n) {
        IpAddress a = address(n);
        int port = port(n);
        boolean source = n.kind() == Stmt.NatKind.SNAT || n.kind() == Stmt.NatKind.MASQUERADE;
        Packet out = p;
        if (a != null && a.v6() == p.v6()) {
            out = source ? out.withAddresses(a, out.dst()) : out.withAddresses(out.src(), a);
        }
        if (port >= 0) {
            out = source ? out.withPorts(port, out.dport()) : out.withPorts(out.sport(), port);
        }
        return out;
    }
}
