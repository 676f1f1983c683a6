package org.portcullis.compile.zone;

import java.util.List;

import org.portcullis.nft.Stmt;

/**
 * The chains of a zone or policy in one table: the main chain jumping to its pre, log, deny, allow and post
 * parts (a zone's chain also to the policy dispatch chains before and after them, as zones end every walk),
 * then, in filter chains, LogDenied's log and the target.
 */
final class ScopeChains {
    static final List<String> PARTS = List.of("pre", "log", "deny", "allow", "post");
    /** Where a zone's ICMP rule goes in its INPUT chain: after the seven jumps. */
    static final int ICMP_INDEX = 7;

    private ScopeChains() {
    }

    static void add(TableDraft t, Scope s, Hookpoint h, LogDenied logDenied) {
        String chain = s.chain(h);
        if (chain == null || t.has(chain)) {
            return;
        }
        t.chain(chain);
        PARTS.forEach(p -> t.chain(chain + "_" + p));
        var layout = s.origin(s.derived() ? "zone chains" : "policy chains");
        if (s.derived()) {
            t.add(chain, layout, List.of(Stmt.Verdict.jump(h.dispatch("POLICIES_pre"))));
        }
        PARTS.forEach(p -> t.add(chain, layout, List.of(Stmt.Verdict.jump(chain + "_" + p))));
        if (s.derived()) {
            t.add(chain, layout, List.of(Stmt.Verdict.jump(h.dispatch("POLICIES_post"))));
        }
        if (!h.table().equals("filter")) {
            return;
        }
        String target = s.target();
        if (logDenied.on() && List.of("default", "REJECT", "%%REJECT%%", "DROP").contains(target)) {
            String suffix = target.equals("DROP") ? "DROP" : "REJECT";
            t.add(chain, s.origin("log-denied"), logDenied.log(chain + "_" + suffix + ": "));
        }
        Stmt verdict = switch (target) {
            case "default", "%%REJECT%%", "REJECT" -> Matches.REJECT_ADMIN;
            case "ACCEPT" -> Stmt.Verdict.ACCEPT;
            case "DROP" -> Stmt.Verdict.DROP;
            default -> null;
        };
        if (verdict != null) {
            t.add(chain, s.origin("target " + target), List.of(verdict));
        }
    }
}
