package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * A table being laid out the way firewalld builds its own: chains in the order they are created, rules
 * appended, inserted at an index, or placed by rank (a rich rule's or a policy's priority: after every
 * ranked rule of lower or equal rank). Each rule keeps its origin; statements are stored in the form the
 * kernel lists them back ({@link ListingForm}).
 */
final class TableDraft {
    private record Entry(Rule rule, Origin origin, Integer rank) {
    }

    private final Family family;
    private final String name;
    private final List<NamedSet> sets = new ArrayList<>();
    private final Map<String, BaseHook> bases = new LinkedHashMap<>();
    private final Map<String, List<Entry>> chains = new LinkedHashMap<>();

    TableDraft(Family family, String name) {
        this.family = family;
        this.name = name;
    }

    void set(NamedSet s) {
        sets.add(s);
    }

    void base(String chain, ChainType type, Hook hook, int priority, ChainPolicy policy) {
        chain(chain);
        bases.put(chain, new BaseHook(type, hook, priority, policy));
    }

    /** Creates a regular chain unless it exists. */
    void chain(String chain) {
        chains.computeIfAbsent(chain, k -> new ArrayList<>());
    }

    boolean has(String chain) {
        return chains.containsKey(chain);
    }

    void add(String chain, Origin origin, List<Stmt> stmts) {
        entries(chain).add(entry(origin, stmts, null));
    }

    /** Inserts so that {@code index} rules come before it. */
    void insert(String chain, int index, Origin origin, List<Stmt> stmts) {
        List<Entry> rules = entries(chain);
        rules.add(Math.min(index, rules.size()), entry(origin, stmts, null));
    }

    /** Places the rule after every ranked rule of rank at most {@code rank}; unranked rules are not counted. */
    void addRanked(String chain, Origin origin, int rank, List<Stmt> stmts) {
        List<Entry> rules = entries(chain);
        int index = (int) rules.stream().filter(e -> e.rank() != null && e.rank() <= rank).count();
        rules.add(index, entry(origin, stmts, rank));
    }

    int size(String chain) {
        return entries(chain).size();
    }

    private static Entry entry(Origin origin, List<Stmt> stmts, Integer rank) {
        return new Entry(new Rule(ListingForm.of(stmts)), origin, rank);
    }

    private List<Entry> entries(String chain) {
        List<Entry> rules = chains.get(chain);
        if (rules == null) {
            throw new IllegalStateException("no chain " + chain + " in table " + name);
        }
        return rules;
    }

    Table table() {
        List<Chain> out = new ArrayList<>();
        chains.forEach((chain, rules) -> out.add(new Chain(chain, bases.get(chain),
                rules.stream().map(Entry::rule).toList())));
        return new Table(family, name, sets, out);
    }

    void origins(Map<RuleRef, Origin> into) {
        chains.forEach((chain, rules) -> {
            for (int i = 0; i < rules.size(); i++) {
                into.put(new RuleRef(family, name, chain, i), rules.get(i).origin());
            }
        });
    }
}
