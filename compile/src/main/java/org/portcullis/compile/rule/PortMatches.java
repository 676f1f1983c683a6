package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.PortRange;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * {@code --sport}/{@code --dport} and multiport: {@code tcp dport 22}, {@code tcp dport 1000-2000},
 * {@code tcp dport { 22, 80 }}. Multiport {@code --ports} (either port) becomes two exclusive branches:
 * the source port in the set, or the source port not in it and the destination port in it.
 */
public final class PortMatches {
    private PortMatches() {
    }

    public static Branches translate(Match.Ports ports) {
        String proto = ProtocolNames.portProtocol(ports.protocol());
        Expr value = value(ports);
        Expr sport = new Expr.Payload(proto, "sport");
        Expr dport = new Expr.Payload(proto, "dport");
        boolean neg = ports.negated();
        return switch (ports.direction()) {
            case SOURCE -> Branches.of(Matches.match(sport, neg, value));
            case DESTINATION -> Branches.of(Matches.match(dport, neg, value));
            case EITHER -> neg
                    ? Branches.of(new Stmt.Match(sport, Op.NE, value), new Stmt.Match(dport, Op.NE, value))
                    : Branches.anyOf(List.of(
                            List.of(new Stmt.Match(sport, Op.EQ, value)),
                            List.of(new Stmt.Match(sport, Op.NE, value), new Stmt.Match(dport, Op.EQ, value))));
        };
    }

    private static Expr value(Match.Ports ports) {
        if (!ports.multiport() && ports.ranges().size() == 1 && ports.direction() != PortDirection.EITHER) {
            return range(ports.ranges().getFirst());
        }
        return new Expr.SetLit(ports.ranges().stream().map(PortMatches::range).toList());
    }

    /** A port or an inclusive port range as a constant. */
    public static Expr range(PortRange r) {
        return r.isSingle()
                ? new Expr.Num(r.from())
                : new Expr.Range(new Expr.Num(r.from()), new Expr.Num(r.to()));
    }
}
