package org.portcullis.model.direct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The direct configuration: chains, rules and tracked passthroughs, immutable. One type serves runtime
 * and permanent. Rules are grouped by {@link ChainKey}, chains by family and table, passthroughs by family,
 * each in the order its group was created (a group disappears with its last member), and keep insertion
 * order inside a group, as firewalld lists them.
 */
public final class DirectConfig {
    public static final DirectConfig EMPTY = new DirectConfig(List.of(), new LinkedHashMap<>(), List.of());

    private final List<DirectChain> chains;
    private final SequencedMap<ChainKey, RuleGroup> rules;
    private final List<Passthrough> passthroughs;

    private DirectConfig(List<DirectChain> chains, SequencedMap<ChainKey, RuleGroup> rules,
                         List<Passthrough> passthroughs) {
        this.chains = List.copyOf(chains);
        this.rules = rules;
        this.passthroughs = List.copyOf(passthroughs);
    }

    /** Builds a configuration from lists in order, dropping exact duplicates as firewalld's reader does. */
    public static DirectConfig of(List<DirectChain> chains, List<DirectRule> rules, List<Passthrough> passthroughs) {
        List<DirectChain> cs = new ArrayList<>();
        chains.stream().distinct().forEach(c -> cs.add(groupEnd(cs, c.ipv(), c.table()), c));
        SequencedMap<ChainKey, LinkedHashSet<DirectRule>> grouped = new LinkedHashMap<>();
        for (DirectRule r : rules) {
            grouped.computeIfAbsent(r.key(), k -> new LinkedHashSet<>()).add(r);
        }
        SequencedMap<ChainKey, RuleGroup> rs = new LinkedHashMap<>();
        grouped.forEach((k, v) -> rs.put(k, new RuleGroup(List.copyOf(v), Set.copyOf(v))));
        List<Passthrough> ps = new ArrayList<>();
        passthroughs.stream().distinct().forEach(p -> ps.add(groupEnd(ps, p.ipv()), p));
        return new DirectConfig(cs, rs, ps);
    }

    public List<DirectChain> chains() {
        return chains;
    }

    /** All rules, grouped by chain key, in listing order. */
    public List<DirectRule> rules() {
        List<DirectRule> all = new ArrayList<>();
        rules.values().forEach(g -> all.addAll(g.order()));
        return List.copyOf(all);
    }

    public List<DirectRule> rules(ChainKey key) {
        RuleGroup g = rules.get(key);
        return g == null ? List.of() : g.order();
    }

    public List<Passthrough> passthroughs() {
        return passthroughs;
    }

    public boolean isEmpty() {
        return chains.isEmpty() && rules.isEmpty() && passthroughs.isEmpty();
    }

    public boolean hasChain(DirectChain c) {
        return chains.contains(c);
    }

    public boolean hasRule(DirectRule r) {
        RuleGroup g = rules.get(r.key());
        return g != null && g.members().contains(r);
    }

    public boolean hasPassthrough(Passthrough p) {
        return passthroughs.contains(p);
    }

    public DirectConfig withChain(DirectChain c) {
        if (hasChain(c)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED,
                    "chain '" + c.chain() + "' already is in '" + c.ipv() + ":" + c.table() + "'");
        }
        List<DirectChain> cs = new ArrayList<>(chains);
        cs.add(groupEnd(cs, c.ipv(), c.table()), c);
        return new DirectConfig(cs, rules, passthroughs);
    }

    /** Chains are kept grouped by family and table, groups in order of creation, as firewalld lists them. */
    private static int groupEnd(List<DirectChain> chains, Ipv ipv, String table) {
        for (int i = chains.size() - 1; i >= 0; i--) {
            if (chains.get(i).ipv() == ipv && chains.get(i).table().equals(table)) {
                return i + 1;
            }
        }
        return chains.size();
    }

    /** Passthroughs are kept grouped by family, groups in order of creation. */
    private static int groupEnd(List<Passthrough> passthroughs, Ipv ipv) {
        for (int i = passthroughs.size() - 1; i >= 0; i--) {
            if (passthroughs.get(i).ipv() == ipv) {
                return i + 1;
            }
        }
        return passthroughs.size();
    }

    public DirectConfig withoutChain(DirectChain c) {
        if (!hasChain(c)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED,
                    "chain '" + c.chain() + "' is not in '" + c.ipv() + ":" + c.table() + "'");
        }
        List<DirectChain> cs = new ArrayList<>(chains);
        cs.remove(c);
        return new DirectConfig(cs, rules, passthroughs);
    }

    /** Adds a rule; {@code argsText} is how the arguments appear in a duplicate warning. */
    public DirectConfig withRule(DirectRule r, String argsText) {
        if (hasRule(r)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED,
                    "rule '" + argsText + "' already is in '" + r.key() + "'");
        }
        SequencedMap<ChainKey, RuleGroup> rs = new LinkedHashMap<>(rules);
        rs.put(r.key(), rs.getOrDefault(r.key(), RuleGroup.EMPTY).plus(r));
        return new DirectConfig(chains, rs, passthroughs);
    }

    public DirectConfig withoutRule(DirectRule r, String argsText) {
        if (!hasRule(r)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED,
                    "rule '" + argsText + "' is not in '" + r.key() + "'");
        }
        SequencedMap<ChainKey, RuleGroup> rs = new LinkedHashMap<>(rules);
        RuleGroup rest = rs.get(r.key()).minus(r);
        if (rest.order().isEmpty()) {
            rs.remove(r.key());
        } else {
            rs.put(r.key(), rest);
        }
        return new DirectConfig(chains, rs, passthroughs);
    }

    /** Removes every rule under exactly this key (other families and spellings stay). */
    public DirectConfig withoutRules(ChainKey key) {
        SequencedMap<ChainKey, RuleGroup> rs = new LinkedHashMap<>(rules);
        rs.remove(key);
        return new DirectConfig(chains, rs, passthroughs);
    }

    public DirectConfig withPassthrough(Passthrough p, String argsText) {
        if (hasPassthrough(p)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED,
                    "passthrough '" + p.ipv() + "', '" + argsText + "'");
        }
        List<Passthrough> ps = new ArrayList<>(passthroughs);
        ps.add(groupEnd(ps, p.ipv()), p);
        return new DirectConfig(chains, rules, ps);
    }

    public DirectConfig withoutPassthrough(Passthrough p, String argsText) {
        if (!hasPassthrough(p)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED,
                    "passthrough '" + p.ipv() + "', '" + argsText + "'");
        }
        List<Passthrough> ps = new ArrayList<>(passthroughs);
        ps.remove(p);
        return new DirectConfig(chains, rules, ps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectConfig d && chains.equals(d.chains)
                && List.copyOf(rules.keySet()).equals(List.copyOf(d.rules.keySet()))
                && rules().equals(d.rules()) && passthroughs.equals(d.passthroughs);
    }

    @Override
    public int hashCode() {
        return chains.hashCode() * 31 + rules().hashCode() * 7 + passthroughs.hashCode();
    }

    @Override
    public String toString() {
        return "DirectConfig[chains=" + chains + ", rules=" + rules() + ", passthroughs=" + passthroughs + "]";
    }

    /** The rules of one chain key: listing order plus a set for membership. */
    private record RuleGroup(List<DirectRule> order, Set<DirectRule> members) {
        static final RuleGroup EMPTY = new RuleGroup(List.of(), Set.of());

        RuleGroup plus(DirectRule r) {
            List<DirectRule> o = new ArrayList<>(order);
            o.add(r);
            Set<DirectRule> m = new HashSet<>(members);
            m.add(r);
            return new RuleGroup(List.copyOf(o), Collections.unmodifiableSet(m));
        }

        RuleGroup minus(DirectRule r) {
            List<DirectRule> o = new ArrayList<>(order);
            o.remove(r);
            Set<DirectRule> m = new HashSet<>(members);
            m.remove(r);
            return new RuleGroup(List.copyOf(o), Collections.unmodifiableSet(m));
        }
    }
}
