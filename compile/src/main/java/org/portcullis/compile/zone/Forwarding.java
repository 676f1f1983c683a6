package org.portcullis.compile.zone;

import java.util.EnumSet;
import java.util.Set;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * The IP forwarding a compiled zone table needs, as firewalld switches it on whenever it applies
 * masquerading (zone masquerading is IPv4; a rich rule's for its family, or both without one) or a forward
 * port to another address (that address's family). A redirect to a local port needs none; nor do direct
 * rules.
 */
public final class Forwarding {
    private Forwarding() {
    }

    /** {@link Family#IP} and/or {@link Family#IP6}, or nothing. */
    public static Set<Family> needed(Ruleset ruleset) {
        Set<Family> out = EnumSet.noneOf(Family.class);
        Table table = ruleset.table(Family.INET, ZoneCompiler.TABLE);
        if (table == null) {
            return out;
        }
        for (Chain chain : table.chains()) {
            for (Rule rule : chain.rules()) {
                for (Stmt s : rule.stmts()) {
                    if (s instanceof Stmt.Nat nat) {
                        out.addAll(needed(nat, rule));
                    }
                }
            }
        }
        return out;
    }

    private static Set<Family> needed(Stmt.Nat nat, Rule rule) {
        return switch (nat.kind()) {
            case MASQUERADE -> familyOf(rule);
            case DNAT -> nat.addr() == null ? Set.of() : Set.of("ip6".equals(nat.family()) ? Family.IP6 : Family.IP);
            case SNAT, REDIRECT -> Set.of();
        };
    }

    private static Set<Family> familyOf(Rule rule) {
        for (Stmt s : rule.stmts()) {
            String family = ListingForm.family(s);
            if (ListingForm.V4.equals(family)) {
                return Set.of(Family.IP);
            }
            if (ListingForm.V6.equals(family)) {
                return Set.of(Family.IP6);
            }
        }
        return Set.of(Family.IP, Family.IP6);
    }
}
