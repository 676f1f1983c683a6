package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.model.rule.Match;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/**
 * {@code -p PROTO}: {@code meta l4proto}. A non-negated protocol that a later header match depends on
 * ({@code tcp dport}, {@code tcp flags}, {@code icmp type}) is left out, since nftables adds that
 * dependency itself and lists the rule without it.
 */
public final class ProtocolMatches {
    private ProtocolMatches() {
    }

    public static Stmt.Match translate(int number, boolean negated) {
        return Matches.match(new Expr.Meta("l4proto"), negated, ProtocolNames.value(number));
    }

    /** Whether {@code protocol} is implied by a header match among {@code matches}. */
    public static boolean impliedBy(Match.Protocol protocol, List<Match> matches) {
        if (protocol.negated()) {
            return false;
        }
        for (Match m : matches) {
            int implied = switch (m) {
                case Match.Ports p -> p.protocol();
                case Match.TcpFlags f -> ProtocolNames.TCP;
                case Match.IcmpType i -> IcmpMatches.testsHeader(i)
                        ? (i.v6() ? ProtocolNames.ICMPV6 : ProtocolNames.ICMP) : -1;
                case Match.InInterface i -> -1;
                case Match.OutInterface o -> -1;
                case Match.Source s -> -1;
                case Match.Destination d -> -1;
                case Match.Protocol p -> -1;
                case Match.ConnState c -> -1;
                case Match.AddressRange r -> -1;
                case Match.Comment c -> -1;
                case Match.Limit l -> -1;
                case Match.Mark k -> -1;
            };
            if (implied == protocol.number()) {
                return true;
            }
        }
        return false;
    }
}
