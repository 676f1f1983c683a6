package org.portcullis.backend;

import java.util.HashSet;
import java.util.Set;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** The structural checks the kernel makes on a transaction: names unique, jump targets and sets present. */
final class SimChecks {
    private SimChecks() {
    }

    static void requireResolved(Ruleset r) {
        for (Table t : r.tables()) {
            Set<String> chains = new HashSet<>();
            for (Chain c : t.chains()) {
                if (!chains.add(c.name())) {
                    throw new IllegalArgumentException("chain " + c.name() + " defined twice in table " + t.name());
                }
            }
            Set<String> sets = new HashSet<>();
            for (NamedSet s : t.sets()) {
                if (!sets.add(s.name())) {
                    throw new IllegalArgumentException("set " + s.name() + " defined twice in table " + t.name());
                }
            }
            for (Chain c : t.chains()) {
                for (Rule rule : c.rules()) {
                    for (Stmt s : rule.stmts()) {
                        check(t, c, s, chains, sets);
                    }
                }
            }
        }
    }

    private static void check(Table t, Chain c, Stmt s, Set<String> chains, Set<String> sets) {
        if (s instanceof Stmt.Verdict(var kind, String target) && target != null && !chains.contains(target)) {
            throw new IllegalArgumentException("Could not process rule: No such file or directory: "
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + target + " in chain " + c.name()
                    + " of table " + t.name());
        }
        if (s instanceof Stmt.Match(Expr left, var op, Expr right)) {
            for (Expr e : new Expr[] {left, right}) {
                if (e instanceof Expr.SetRef(String name) && !sets.contains(name)) {
                    throw new IllegalArgumentException("Could not process rule: No such file or directory: set @"
                            + name + " in chain " + c.name() + " of table " + t.name());
                }
            }
        }
    }
}
