package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portcullis.engine.Outcome;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;
import org.portcullis.nft.json.RulesetJsonReader;

/**
 * A recorded case: header lines ({@code # note}, {@code connection: out tcp 198.18.0.2 22},
 * {@code kernel: timeout}, {@code hits: ref; ref}) then the kernel's {@code nft -j list ruleset} of H.
 * Counters in the listing are read as zero.
 */
record RegressionFile(String note, DiffCase diffCase, Observed kernel) {

    static RegressionFile parse(String text) {
        int json = text.indexOf('{');
        if (json < 0) {
            throw new IllegalArgumentException("a regression file ends with an nft JSON listing");
        }
        StringBuilder note = new StringBuilder();
        Conn conn = null;
        Outcome outcome = null;
        Set<String> hits = new LinkedHashSet<>();
        for (String line : text.substring(0, json).split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                note.append(l.substring(1).strip()).append(' ');
            } else if (l.startsWith("connection:")) {
                conn = Conn.parse(l.substring("connection:".length()));
            } else if (l.startsWith("kernel:")) {
                outcome = Outcome.valueOf(l.substring("kernel:".length()).strip().toUpperCase(Locale.ROOT));
            } else if (l.startsWith("hits:")) {
                for (String h : l.substring("hits:".length()).split(";")) {
                    if (!h.isBlank()) {
                        hits.add(h.strip());
                    }
                }
            }
        }
        if (conn == null || outcome == null) {
            throw new IllegalArgumentException("a regression file needs connection: and kernel: lines");
        }
        Ruleset rs = zeroCounters(RulesetJsonReader.read(text.substring(json)));
        return new RegressionFile(note.toString().strip(), new DiffCase(rs, conn), new Observed(outcome, hits));
    }

    static String format(String note, Conn conn, Observed kernel, String kernelJson) {
        return "# " + note + "\nconnection: " + conn + "\nkernel: " + kernel.outcome().label()
                + "\nhits: " + String.join("; ", kernel.hits()) + "\n" + kernelJson.strip() + "\n";
    }

    static Ruleset zeroCounters(Ruleset r) {
        List<Table> tables = new ArrayList<>();
        for (Table t : r.tables()) {
            List<Chain> chains = new ArrayList<>();
            for (Chain c : t.chains()) {
                List<Rule> rules = new ArrayList<>();
                for (Rule rule : c.rules()) {
                    List<Stmt> stmts = rule.stmts().stream()
                            .map(s -> s instanceof Stmt.Counter ? (Stmt) new Stmt.Counter(0, 0) : s).toList();
                    rules.add(new Rule(stmts, rule.comment(), 0));
                }
                chains.add(new Chain(c.name(), c.base(), rules));
            }
            tables.add(new Table(t.family(), t.name(), t.sets(), chains));
        }
        return new Ruleset(tables);
    }
}
