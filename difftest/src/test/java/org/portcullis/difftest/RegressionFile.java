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
 * A recorded case: header lines ({@code # note}, {@code lab: direct|zones} (direct when absent),
 * {@code config: ...} lines with a zone case's configuration in words, {@code connection: out tcp 198.18.0.2 22}
 * or for zones {@code connection: P tcp 198.18.1.2 80}, {@code kernel: timeout}, {@code hits: ref; ref}) then
 * the kernel's {@code nft -j list ruleset} of H. Counters in the listing are read as zero.
 */
record RegressionFile(String note, Scenario scenario, Observed kernel) {

    static RegressionFile parse(String text) {
        int json = text.startsWith("{") ? 0 : text.indexOf("\n{") + 1;
        if (json == 0 && !text.startsWith("{")) {
            throw new IllegalArgumentException("a regression file ends with an nft JSON listing");
        }
        StringBuilder note = new StringBuilder();
        StringBuilder config = new StringBuilder();
        String lab = "direct";
        String conn = null;
        Outcome outcome = null;
        Set<String> hits = new LinkedHashSet<>();
        for (String line : text.substring(0, json).split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                note.append(l.substring(1).strip()).append(' ');
            } else if (l.startsWith("lab:")) {
                lab = l.substring("lab:".length()).strip();
            } else if (line.startsWith("config: ")) {
                config.append(line.substring("config: ".length())).append('\n');
            } else if (l.startsWith("connection:")) {
                conn = l.substring("connection:".length());
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
        Scenario s = switch (lab) {
            case "direct" -> new DiffCase(rs, Conn.parse(conn));
            case "zones" -> new ZoneCase(config.toString(), rs, ZoneConn.parse(conn));
            default -> throw new IllegalArgumentException("unknown lab " + lab);
        };
        return new RegressionFile(note.toString().strip(), s, new Observed(outcome, hits));
    }

    static String format(String note, Scenario s, Observed kernel, String kernelJson) {
        StringBuilder sb = new StringBuilder("# ").append(note).append('\n');
        sb.append("lab: ").append(s.lab()).append('\n');
        if (s instanceof ZoneCase z) {
            z.config().lines().forEach(l -> sb.append("config: ").append(l).append('\n'));
        }
        return sb.append("connection: ").append(s.connection()).append("\nkernel: ").append(kernel.outcome().label())
                .append("\nhits: ").append(String.join("; ", kernel.hits())).append('\n').append(kernelJson.strip())
                .append('\n').toString();
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
