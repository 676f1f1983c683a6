package org.portcullis.nft.text;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** Writes snat, dnat, masquerade and redirect statements. */
final class NatText {
    private NatText() {
    }

    static String write(Stmt.Nat nat) {
        String kind = switch (nat.kind()) {
            case SNAT -> "snat";
            case DNAT -> "dnat";
            case MASQUERADE -> "masquerade";
            case REDIRECT -> "redirect";
        };
        StringBuilder sb = new StringBuilder(kind);
        boolean toAddress = nat.kind() == Stmt.NatKind.SNAT || nat.kind() == Stmt.NatKind.DNAT;
        if (toAddress && nat.addr() == null) {
            throw new IllegalArgumentException(kind + " needs an address");
        }
        if (!toAddress && nat.addr() != null) {
            throw new IllegalArgumentException(kind + " takes no address");
        }
        if (nat.family() != null && toAddress) {
            sb.append(' ').append(ExprText.word(nat.family()));
        }
        if (nat.addr() == null && nat.port() == null) {
            return sb.toString();
        }
        sb.append(" to ");
        if (nat.addr() != null) {
            String a = ExprText.write(nat.addr(), false);
            sb.append(nat.port() != null && isV6(nat.addr()) ? "[" + a + "]" : a);
        }
        if (nat.port() != null) {
            sb.append(':').append(ExprText.write(nat.port(), false));
        }
        return sb.toString();
    }

    private static boolean isV6(Expr e) {
        return e instanceof Expr.Prefix(var p) && p.address().v6();
    }
}
