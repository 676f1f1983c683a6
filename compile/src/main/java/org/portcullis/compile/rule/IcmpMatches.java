package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.model.rule.Match;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * {@code --icmp-type}/{@code --icmpv6-type}: {@code icmp type 8}, {@code icmpv6 type 1 icmpv6 code 3}.
 * A negative type is iptables' {@code any} and tests nothing beyond the protocol. A negated type with a
 * code matches when the type differs, or the type is equal and the code differs.
 */
public final class IcmpMatches {
    private IcmpMatches() {
    }

    public static boolean testsHeader(Match.IcmpType icmp) {
        return icmp.type() >= 0;
    }

    public static Branches translate(Match.IcmpType icmp) {
        if (!testsHeader(icmp)) {
            return Branches.ALWAYS;
        }
        String proto = icmp.v6() ? "icmpv6" : "icmp";
        Expr type = new Expr.Payload(proto, "type");
        Expr code = new Expr.Payload(proto, "code");
        Expr typeValue = new Expr.Num(icmp.type());
        if (icmp.code() < 0) {
            return Branches.of(Matches.match(type, icmp.negated(), typeValue));
        }
        Expr codeValue = new Expr.Num(icmp.code());
        if (!icmp.negated()) {
            return Branches.of(new Stmt.Match(type, Op.EQ, typeValue), new Stmt.Match(code, Op.EQ, codeValue));
        }
        return Branches.anyOf(List.of(
                List.of(new Stmt.Match(type, Op.NE, typeValue)),
                List.of(new Stmt.Match(type, Op.EQ, typeValue), new Stmt.Match(code, Op.NE, codeValue))));
    }
}
