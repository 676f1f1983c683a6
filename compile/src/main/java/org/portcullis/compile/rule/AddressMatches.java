package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** {@code -s}, {@code -d} and {@code -m iprange}: {@code ip saddr}/{@code ip6 daddr} against a prefix or range. */
public final class AddressMatches {
    private AddressMatches() {
    }

    /**
     * A single prefix, or an anonymous set when a list is given; a non-negated {@code /0} matches every
     * packet and yields no statement. The direct compiler splits lists into rules before translating, as
     * firewalld does.
     */
    public static List<Stmt> prefixes(TranslationContext ctx, boolean source, List<IpPrefix> prefixes,
                                      boolean negated) {
        if (prefixes.size() == 1) {
            IpPrefix p = prefixes.getFirst();
            if (p.length() == 0 && !negated) {
                return List.of();
            }
            return List.of(Matches.match(field(ctx, source), negated, new Expr.Prefix(p)));
        }
        List<Expr> elements = prefixes.stream().<Expr>map(Expr.Prefix::new).toList();
        return List.of(Matches.match(field(ctx, source), negated, new Expr.SetLit(elements)));
    }

    public static Stmt.Match range(TranslationContext ctx, boolean source, IpAddress from, IpAddress to,
                                   boolean negated) {
        Expr range = new Expr.Range(new Expr.Prefix(IpPrefix.host(from)), new Expr.Prefix(IpPrefix.host(to)));
        return Matches.match(field(ctx, source), negated, range);
    }

    private static Expr field(TranslationContext ctx, boolean source) {
        return new Expr.Payload(ctx.network(), source ? "saddr" : "daddr");
    }
}
