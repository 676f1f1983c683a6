package org.portcullis.compile.rule;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.rule.PortRange;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** MASQUERADE, SNAT, DNAT and REDIRECT: {@code masquerade to :P}, {@code snat to A-B:P-Q}, ... */
public final class NatStatements {
    private NatStatements() {
    }

    public static Stmt.Nat masquerade(PortRange toPorts) {
        return new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, ports(toPorts));
    }

    public static Stmt.Nat redirect(PortRange toPorts) {
        return new Stmt.Nat(Stmt.NatKind.REDIRECT, null, null, ports(toPorts));
    }

    /** {@code snat}/{@code dnat} to {@code from} or the range {@code from-to}; both addresses may be null. */
    public static Stmt.Nat to(Stmt.NatKind kind, IpAddress from, IpAddress to, PortRange ports) {
        Expr addr = null;
        if (from != null) {
            Expr lo = new Expr.Prefix(IpPrefix.host(from));
            addr = to == null || to.equals(from) ? lo : new Expr.Range(lo, new Expr.Prefix(IpPrefix.host(to)));
        }
        return new Stmt.Nat(kind, null, addr, ports(ports));
    }

    private static Expr ports(PortRange r) {
        return r == null ? null : PortMatches.range(r);
    }
}
