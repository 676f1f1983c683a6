package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.PortRange;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * Masquerading (IPv4, never out of loopback) in the nat POSTROUTING allow chain and forward ports in the nat
 * PREROUTING allow chain: a redirect to a local port, or a DNAT to another address (IPv6 when it is one).
 */
final class NatRules {
    private NatRules() {
    }

    static void masquerade(TableDraft t, Scope s) {
        String chain = s.chain("nat", true);
        if (!s.items().masquerade() || chain == null || !t.has(chain)) {
            return;
        }
        List<Stmt> stmts = new ArrayList<>(List.of(Matches.nfproto(ListingForm.V4)));
        stmts.addAll(masquerade());
        t.add(chain + "_allow", s.origin("masquerade"), stmts);
    }

    static List<Stmt> masquerade() {
        return List.of(new Stmt.Match(new Expr.Meta("oifname"), Op.NE,
                new Expr.Str("lo")), new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null));
    }

    static void forwardPorts(TableDraft t, Scope s) {
        String chain = s.chain("nat", false);
        if (chain == null || !t.has(chain)) {
            return;
        }
        for (ForwardPort f : s.items().forwardPorts()) {
            boolean v6 = f.toAddr().map(a -> IpAddress.parse(a).v6()).orElse(false);
            List<Stmt> stmts = new ArrayList<>(List.of(Matches.nfproto(v6 ? ListingForm.V6 : ListingForm.V4)));
            stmts.addAll(forward(f.protocol().text(), f.port(), f.toPort().orElse(null), f.toAddr().orElse(null)));
            t.add(chain + "_allow", s.origin("forward-port " + item(f)), stmts);
        }
    }

    /** The port match and the redirect or DNAT of a forward port. */
    static List<Stmt> forward(String protocol, PortRange port, PortRange toPort, String toAddr) {
        List<Stmt> out = new ArrayList<>();
        out.add(Matches.port(protocol, "dport", port));
        if (toAddr != null) {
            IpAddress a = IpAddress.parse(toAddr);
            out.add(new Stmt.Nat(Stmt.NatKind.DNAT, a.v6() ? "ip6" : "ip", new Expr.Prefix(IpPrefix.host(a)),
                    toPort == null ? null : Matches.port(toPort)));
        } else {
            out.add(new Stmt.Nat(Stmt.NatKind.REDIRECT, null, null, Matches.port(toPort)));
        }
        return out;
    }

    /** {@code port=8080:proto=tcp:toport=80}, leaving out what is not set. */
    static String item(ForwardPort f) {
        StringBuilder sb = new StringBuilder("port=" + f.port() + ":proto=" + f.protocol().text());
        f.toPort().ifPresent(p -> sb.append(":toport=").append(p));
        f.toAddr().ifPresent(a -> sb.append(":toaddr=").append(a));
        return sb.toString();
    }
}
