package org.portcullis.difftest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;
import org.portcullis.nft.json.RulesetJsonReader;
import org.portcullis.testkit.Commands;
import org.portcullis.testkit.Netns;

/** The kernel's own translation of a dump: loaded with iptables-nft-restore in a fresh namespace, read back. */
record KernelDump(Ruleset ruleset, int rules, int unsupported, Set<String> unsupportedKinds) {
    private static final Pattern XT_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");

    static boolean available() {
        return Commands.run("iptables-nft-restore", "--version").ok();
    }

    static KernelDump load(String dumpText) {
        try (Netns ns = Netns.create("pc-dump")) {
            ns.execWithInput(dumpText, "iptables-nft-restore").orThrow("iptables-nft-restore in " + ns);
            Ruleset rs = RulesetJsonReader.read(ns.exec("nft", "-j", "list", "ruleset").orThrow("nft -j list ruleset").stdout());
            int rules = 0;
            int unsupported = 0;
            Set<String> kinds = new TreeSet<>();
            for (Table t : rs.tables()) {
                for (Chain c : t.chains()) {
                    for (Rule r : c.rules()) {
                        rules++;
                        if (!supported(r)) {
                            unsupported++;
                            r.stmts().stream().filter(st -> st instanceof Stmt.Unsupported)
                                    .forEach(st -> kinds.add(kind(((Stmt.Unsupported) st).raw())));
                        }
                    }
                }
            }
            return new KernelDump(rs, rules, unsupported, kinds);
        }
    }

    private static String kind(String raw) {
        Matcher m = XT_NAME.matcher(raw);
        return m.find() ? "xt " + m.group(1) : raw.length() > 40 ? raw.substring(0, 40) : raw;
    }

    /** False when a statement or expression of the rule is one the IR keeps only as text. */
    static boolean supported(Rule r) {
        for (Stmt s : r.stmts()) {
            switch (s) {
                case Stmt.Unsupported u -> {
                    return false;
                }
                case Stmt.Match(Expr left, var op, Expr right) -> {
                    if (unknown(left) || unknown(right)) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static boolean unknown(Expr e) {
        return switch (e) {
            case Expr.Unknown u -> true;
            case Expr.Range(Expr lo, Expr hi) -> unknown(lo) || unknown(hi);
            case Expr.SetLit(List<Expr> elements) -> elements.stream().anyMatch(KernelDump::unknown);
            case Expr.And(Expr left, Expr mask) -> unknown(left) || unknown(mask);
            default -> false;
        };
    }
}
