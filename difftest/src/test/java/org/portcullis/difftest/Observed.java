package org.portcullis.difftest;

import java.util.Set;
import java.util.TreeSet;

import org.portcullis.engine.Outcome;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;
import org.portcullis.testkit.Probe;

/** What one side saw of a case: the outcome (an engine {@link Outcome}) and the rules whose counter moved. */
record Observed(Outcome outcome, Set<String> hits) {
    Observed {
        hits = new TreeSet<>(hits);
    }

    static Outcome outcome(Probe.Outcome o) {
        return switch (o) {
            case CONNECTED -> Outcome.ESTABLISHED;
            case REFUSED -> Outcome.REFUSED;
            case UNREACHABLE -> Outcome.UNREACHABLE;
            case TIMEOUT -> Outcome.TIMEOUT;
            case DENIED -> Outcome.DENIED;
        };
    }

    /** The rules of a ruleset read back from a kernel whose counter is above zero. */
    static Set<String> kernelHits(Ruleset kernel) {
        Set<String> hits = new TreeSet<>();
        for (Table t : kernel.tables()) {
            for (Chain c : t.chains()) {
                for (int i = 0; i < c.rules().size(); i++) {
                    Rule r = c.rules().get(i);
                    for (Stmt s : r.stmts()) {
                        if (s instanceof Stmt.Counter(long packets, long bytes) && packets > 0) {
                            hits.add(new RuleRef(t.family(), t.name(), c.name(), i).toString());
                        }
                    }
                }
            }
        }
        return hits;
    }

    static Set<String> engineHits(Counters counters) {
        Set<String> hits = new TreeSet<>();
        for (RuleRef r : counters.hit()) {
            if (counters.packets(r) > 0) {
                hits.add(r.toString());
            }
        }
        return hits;
    }

    @Override
    public String toString() {
        return outcome.label() + " " + hits;
    }
}
