package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.portcullis.nft.Chain;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;
import org.portcullis.nft.text.NftText;

/**
 * Compares a compiled ruleset with a recorded one table by table, set by set, chain by chain and rule by
 * rule in order (kernel handles ignored), and describes every difference in nft's words. Exceptions are
 * named with their reason: recorded rules to leave out, and chains whose rule order depends on the order
 * of runtime changes rather than on the configuration (compared as the same rules in any order).
 */
final class RulesetDiff {
    /** Recorded rules that Portcullis does not produce, and why. */
    record Skip(String reason, Predicate<Rule> rule) {
    }

    /** A chain compared without regard to order, and why. */
    record AnyOrder(String chain, String reason) {
    }

    private final List<Skip> skips = new ArrayList<>();
    private final List<AnyOrder> anyOrder = new ArrayList<>();
    private boolean chainOrder = true;

    RulesetDiff skip(String reason, Predicate<Rule> rule) {
        skips.add(new Skip(reason, rule));
        return this;
    }

    RulesetDiff anyOrder(String reason, String... chains) {
        for (String c : chains) {
            anyOrder.add(new AnyOrder(c, reason));
        }
        return this;
    }

    /** The recording was made after runtime changes: the order chains were created in is history. */
    RulesetDiff chainsInAnyOrder() {
        chainOrder = false;
        return this;
    }

    List<String> differences(Ruleset want, Ruleset have) {
        List<String> out = new ArrayList<>();
        if (!Recording.names(want).equals(Recording.names(have))) {
            out.add("tables: recorded " + Recording.names(want) + ", compiled " + Recording.names(have));
        }
        for (Table w : want.tables()) {
            Table h = have.table(w.family(), w.name());
            if (h != null) {
                table(w, h, out);
            }
        }
        return out;
    }

    private void table(Table w, Table h, List<String> out) {
        String t = w.name() + ": ";
        if (!w.sets().equals(h.sets())) {
            out.add(t + "sets: recorded " + w.sets().stream().map(NamedSet::toString).toList() + ", compiled "
                    + h.sets());
        }
        List<String> wNames = w.chains().stream().map(Chain::name).toList();
        List<String> hNames = h.chains().stream().map(Chain::name).toList();
        for (String c : wNames) {
            if (!hNames.contains(c)) {
                out.add(t + "chain " + c + " missing");
            }
        }
        for (String c : hNames) {
            if (!wNames.contains(c)) {
                out.add(t + "chain " + c + " not recorded");
            }
        }
        if (chainOrder && new java.util.HashSet<>(wNames).equals(new java.util.HashSet<>(hNames))
                && !wNames.equals(hNames)) {
            out.add(t + "chain order: recorded " + wNames + "\n  compiled " + hNames);
        }
        for (Chain wc : w.chains()) {
            Chain hc = h.chain(wc.name());
            if (hc != null) {
                chain(t, wc, hc, out);
            }
        }
    }

    private void chain(String t, Chain w, Chain h, List<String> out) {
        String c = t + "chain " + w.name() + ": ";
        if (!java.util.Objects.equals(w.base(), h.base())) {
            out.add(c + "hook recorded " + w.base() + ", compiled " + h.base());
        }
        List<Rule> want = w.rules().stream().filter(r -> skips.stream().noneMatch(s -> s.rule().test(r))).toList();
        List<Rule> have = h.rules();
        boolean unordered = anyOrder.stream().anyMatch(a -> a.chain().equals(w.name()));
        if (unordered ? !body(sorted(want)).equals(body(sorted(have))) : !body(want).equals(body(have))) {
            StringBuilder sb = new StringBuilder(c + "rules differ" + (unordered ? " (in any order)" : "") + "\n");
            sb.append("  recorded:\n");
            want.forEach(r -> sb.append("    ").append(text(r)).append('\n'));
            sb.append("  compiled:\n");
            have.forEach(r -> sb.append("    ").append(text(r)).append('\n'));
            out.add(sb.toString());
        }
    }

    /** What a rule is, without the kernel's handle. */
    private static List<Object> body(List<Rule> rules) {
        return rules.stream().<Object>map(r -> List.of(r.stmts(), String.valueOf(r.comment()))).toList();
    }

    static String text(Rule r) {
        try {
            return NftText.rule(r);
        } catch (IllegalArgumentException e) {
            return r.stmts().toString();
        }
    }

    private static List<Rule> sorted(List<Rule> rules) {
        return rules.stream().sorted(java.util.Comparator.comparing(RulesetDiff::text)).toList();
    }
}
