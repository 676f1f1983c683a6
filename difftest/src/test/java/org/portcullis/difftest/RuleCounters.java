package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Gives every rule of a compiled ruleset a counter right after its matches, so that the kernel counts the
 * packets each rule matched as the simulator does; a counter changes no verdict.
 */
final class RuleCounters {
    private RuleCounters() {
    }

    static Ruleset everyRule(Ruleset r) {
        List<Table> tables = new ArrayList<>();
        for (Table t : r.tables()) {
            List<Chain> chains = new ArrayList<>();
            for (Chain c : t.chains()) {
                chains.add(new Chain(c.name(), c.base(), c.rules().stream().map(RuleCounters::counted).toList()));
            }
            tables.add(new Table(t.family(), t.name(), t.sets(), chains));
        }
        return new Ruleset(tables);
    }

    private static Rule counted(Rule rule) {
        List<Stmt> stmts = new ArrayList<>(rule.stmts());
        if (stmts.stream().anyMatch(s -> s instanceof Stmt.Counter)) {
            return rule;
        }
        int at = 0;
        while (at < stmts.size() && stmts.get(at) instanceof Stmt.Match) {
            at++;
        }
        stmts.add(at, new Stmt.Counter(0, 0));
        return new Rule(stmts, rule.comment(), rule.handle());
    }
}
