package org.portcullis.difftest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.compile.direct.DirectTranslator;
import org.portcullis.config.iptables.RuleParser;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Our own translation of an IPv4 {@code iptables-save} dump: every {@code :CHAIN -} becomes a direct chain and
 * every {@code -A} line a direct rule (priority 0, in order), compiled by {@link DirectCompiler}; base chains
 * get the dump's policies. A line our parser or compiler refuses stays in its place as an unsupported rule,
 * which the engine never matches and which marks a verdict reached past it uncertain.
 */
record DumpTranslation(Ruleset ruleset, int rules, int parsed, List<String> refused) {

    static DumpTranslation of(IptablesDump dump) {
        List<DirectChain> chains = new ArrayList<>();
        List<DirectRule> rules = new ArrayList<>();
        Map<IptablesDump.Line, DirectRule> direct = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (IptablesDump.Table t : dump.tables()) {
            for (IptablesDump.ChainDecl c : t.chains()) {
                if (c.policy() == null) {
                    chains.add(new DirectChain(Ipv.IPV4, t.name(), c.name()));
                }
            }
            for (IptablesDump.Line l : t.rules()) {
                DirectRule r = new DirectRule(Ipv.IPV4, t.name(), l.chain(), 0, l.args());
                try {
                    RuleParser.parse(Ipv.IPV4, t.name(), l.chain(), l.args());
                    rules.add(r);
                    direct.put(l, r);
                } catch (FirewallException e) {
                    refused.add("line " + l.lineNo() + ": " + e.getMessage());
                }
            }
        }
        Compiled compiled;
        try {
            compiled = DirectCompiler.compile(DirectConfig.of(chains, rules, List.of()));
        } catch (FirewallException e) {
            compiled = oneByOne(chains, rules, direct, refused);
        }
        return new DumpTranslation(assemble(dump, compiled, direct), dump.ruleCount(), direct.size(), refused);
    }

    /** Adds chains and rules one at a time, leaving out each one the compiler refuses. */
    private static Compiled oneByOne(List<DirectChain> chains, List<DirectRule> rules,
                                     Map<IptablesDump.Line, DirectRule> direct, List<String> refused) {
        List<DirectChain> okChains = new ArrayList<>();
        for (DirectChain c : chains) {
            okChains.add(c);
            try {
                DirectCompiler.compile(DirectConfig.of(okChains, List.of(), List.of()));
            } catch (FirewallException e) {
                okChains.removeLast();
                refused.add("chain " + c.chain() + ": " + e.getMessage());
            }
        }
        List<DirectRule> okRules = new ArrayList<>();
        for (DirectRule r : rules) {
            okRules.add(r);
            try {
                DirectCompiler.compile(DirectConfig.of(okChains, okRules, List.of()));
            } catch (FirewallException e) {
                okRules.removeLast();
                refused.add(r.chain() + " " + String.join(" ", r.args()) + ": " + e.getMessage());
            }
        }
        direct.values().removeIf(r -> !okRules.contains(r));
        return DirectCompiler.compile(DirectConfig.of(okChains, okRules, List.of()));
    }

    private static Ruleset assemble(IptablesDump dump, Compiled compiled, Map<IptablesDump.Line, DirectRule> direct) {
        Map<DirectRule, List<Rule>> byOrigin = new HashMap<>();
        Table out = compiled.ruleset().table(Family.IP, DirectTranslator.TABLE);
        if (out != null) {
            for (Chain c : out.chains()) {
                for (int i = 0; i < c.rules().size(); i++) {
                    Origin o = compiled.sourceMap().origin(new RuleRef(Family.IP, DirectTranslator.TABLE, c.name(), i)).orElseThrow();
                    if (o instanceof Origin.FromDirectRule(DirectRule r, int part)) {
                        byOrigin.computeIfAbsent(r, k -> new ArrayList<>()).add(c.rules().get(i));
                    } else {
                        throw new IllegalStateException("unexpected rule origin " + o);
                    }
                }
            }
        }
        List<Chain> chains = new ArrayList<>();
        for (IptablesDump.Table t : dump.tables()) {
            for (IptablesDump.ChainDecl decl : t.chains()) {
                List<Rule> rules = new ArrayList<>();
                for (IptablesDump.Line l : t.rules()) {
                    if (!l.chain().equals(decl.name())) {
                        continue;
                    }
                    DirectRule r = direct.get(l);
                    if (r == null) {
                        rules.add(new Rule(List.of(new Stmt.Unsupported("iptables -A " + l.chain() + " " + String.join(" ", l.args())))));
                    } else {
                        rules.addAll(byOrigin.getOrDefault(r, List.of()));
                    }
                }
                BaseHook base = decl.policy() == null ? null
                        : BuiltinChains.of(t.name(), decl.name(), ChainPolicy.valueOf(decl.policy()));
                if (decl.policy() != null && base == null) {
                    throw new IllegalArgumentException("unknown built-in chain " + t.name() + " " + decl.name());
                }
                chains.add(new Chain(nftName(t.name(), decl.name()), base, rules));
            }
        }
        return new Ruleset(List.of(new Table(Family.IP, DirectTranslator.TABLE, List.of(), chains)));
    }

    /** The compiler's chain naming: {@code <table>_<chain>}, or hex for names nft cannot carry. */
    static String nftName(String table, String chain) {
        boolean plain = !chain.startsWith("x_") && chain.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9' || c == '_' || c == '-');
        return table + "_" + (plain ? chain : "x_" + HexFormat.of().formatHex(chain.getBytes(StandardCharsets.UTF_8)));
    }
}
