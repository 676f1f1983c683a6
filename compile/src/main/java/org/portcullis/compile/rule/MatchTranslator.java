package org.portcullis.compile.rule;

import org.portcullis.model.rule.Match;

/** Translates one iptables match into nftables match statements (limit becomes a statement in place). */
public final class MatchTranslator {
    private MatchTranslator() {
    }

    /** The statements for {@code m}; a comment yields none (it becomes the rule's comment). */
    public static Branches translate(TranslationContext ctx, Match m) {
        return switch (m) {
            case Match.InInterface i -> Branches.of(InterfaceMatches.in(i.name(), i.negated()));
            case Match.OutInterface o -> Branches.of(InterfaceMatches.out(o.name(), o.negated()));
            case Match.Source s -> Branches.all(AddressMatches.prefixes(ctx, true, s.prefixes(), s.negated()));
            case Match.Destination d -> Branches.all(AddressMatches.prefixes(ctx, false, d.prefixes(), d.negated()));
            case Match.Protocol p -> Branches.of(ProtocolMatches.translate(p.number(), p.negated()));
            case Match.Ports p -> PortMatches.translate(p);
            case Match.ConnState c -> ConnStateMatches.translate(c.states(), c.negated());
            case Match.IcmpType i -> IcmpMatches.translate(i);
            case Match.AddressRange r -> Branches.of(
                    AddressMatches.range(ctx, r.source(), r.from(), r.to(), r.negated()));
            case Match.Comment c -> Branches.ALWAYS;
            case Match.Limit l -> Branches.of(LimitStatements.translate(l.rate(), l.unit(), l.burst()));
            case Match.Mark k -> Branches.of(MarkMatches.translate(k.value(), k.mask(), k.negated()));
            case Match.TcpFlags f -> Branches.of(TcpFlagMatches.translate(f.mask(), f.set(), f.negated()));
        };
    }
}
