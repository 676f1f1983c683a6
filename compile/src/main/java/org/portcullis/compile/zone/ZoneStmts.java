package org.portcullis.compile.zone;

import java.util.List;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.zone.Port;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/** The statements zone chains are made of, as firewalld writes them. */
final class ZoneStmts {
    static final Stmt REJECT_ADMIN = new Stmt.Reject("icmpx", "admin-prohibited");

    private ZoneStmts() {
    }

    static Stmt.Match eq(Expr left, Expr right) {
        return new Stmt.Match(left, Op.EQ, right);
    }

    static Stmt.Match ctState(String... states) {
        List<Expr> values = java.util.Arrays.stream(states).<Expr>map(Expr.Str::new).toList();
        return values.size() == 1 ? new Stmt.Match(new Expr.Ct("state", null), Op.IN, values.getFirst())
                : new Stmt.Match(new Expr.Ct("state", null), Op.EQ, new Expr.SetLit(values));
    }

    static Stmt.Match ctStatus(String status) {
        return new Stmt.Match(new Expr.Ct("status", null), Op.IN, new Expr.Str(status));
    }

    static Stmt.Match iifname(String name) {
        return eq(new Expr.Meta("iifname"), new Expr.Str(name));
    }

    static Stmt.Match oifname(String name) {
        return eq(new Expr.Meta("oifname"), new Expr.Str(name));
    }

    static Stmt.Match l4proto(String protocol) {
        return eq(new Expr.Meta("l4proto"), new Expr.Str(protocol));
    }

    static Stmt.Match nfproto(String family) {
        return eq(new Expr.Meta("nfproto"), new Expr.Str(family));
    }

    /** {@code ip saddr X}, {@code ip6 daddr X}, negated with {@code !=}. */
    static Stmt.Match address(String text, boolean source, boolean negated) {
        IpPrefix p = IpPrefix.parse(text);
        String protocol = p.address().v6() ? "ip6" : "ip";
        return new Stmt.Match(new Expr.Payload(protocol, source ? "saddr" : "daddr"), negated ? Op.NE : Op.EQ,
                new Expr.Prefix(p));
    }

    /** {@code tcp dport 22} or {@code udp sport 8000-8010}. */
    static Stmt.Match port(Port port, boolean destination) {
        Expr value = port.range().low() == port.range().high() ? new Expr.Num(port.range().low())
                : new Expr.Range(new Expr.Num(port.range().low()), new Expr.Num(port.range().high()));
        return eq(new Expr.Payload(port.protocol().text(), destination ? "dport" : "sport"), value);
    }
}
