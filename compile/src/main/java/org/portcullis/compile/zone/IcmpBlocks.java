package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/**
 * ICMP blocks: each type rejected in the deny chain (logged first with LogDenied), or, with
 * icmp-block-inversion, accepted in the allow chain; and the zone's rule for all other ICMP, placed after
 * its jumps: accepted for target default, rejected with inversion.
 */
final class IcmpBlocks {
    private IcmpBlocks() {
    }

    static void blocks(TableDraft t, Scope s, LogDenied logDenied) {
        String base = s.chain("filter", false);
        for (String name : s.items().icmpBlocks()) {
            var origin = s.origin("icmp-block " + name);
            for (String family : IcmpTypeMatch.families(name)) {
                List<Stmt> match = IcmpTypeMatch.matches(family, name).orElseThrow();
                if (s.icmpBlockInversion()) {
                    t.add(base + "_allow", origin, with(match, Stmt.Verdict.ACCEPT));
                } else {
                    if (logDenied.on()) {
                        t.add(base + "_deny", origin, logDenied.log(match, "filter_" + s.name() + "_ICMP_BLOCK: "));
                    }
                    t.add(base + "_deny", origin, with(match, Matches.REJECT_ADMIN));
                }
            }
        }
    }

    /** The rule for ICMP no block named: none for targets DROP, REJECT, or ACCEPT without inversion. */
    static void inversion(TableDraft t, Scope s, LogDenied logDenied) {
        if (List.of("DROP", "%%REJECT%%", "REJECT").contains(s.target())
                || !s.icmpBlockInversion() && s.target().equals("ACCEPT")) {
            return;
        }
        String chain = s.chain("filter", false);
        Stmt icmp = Matches.eq(new Expr.Meta("l4proto"), new Expr.SetLit(List.of(new Expr.Str("icmp"),
                new Expr.Str("ipv6-icmp"))));
        var origin = s.origin(s.icmpBlockInversion() ? "icmp-block-inversion" : "target " + s.target());
        t.insert(chain, ScopeChains.ICMP_INDEX, origin, List.of(icmp,
                s.icmpBlockInversion() ? Matches.REJECT_ADMIN : Stmt.Verdict.ACCEPT));
        if (logDenied.on() && s.icmpBlockInversion()) {
            t.insert(chain, ScopeChains.ICMP_INDEX, origin, logDenied.log(List.of(icmp),
                    "filter_" + s.name() + "_ICMP_BLOCK: "));
        }
    }

    private static List<Stmt> with(List<Stmt> match, Stmt verdict) {
        List<Stmt> out = new ArrayList<>(match);
        out.add(verdict);
        return out;
    }
}
