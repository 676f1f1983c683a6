package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.SourceMap;
import org.portcullis.compile.rule.RuleTranslator;
import org.portcullis.compile.rule.TranslatedRule;
import org.portcullis.compile.rule.TranslationContext;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * Lays out a direct configuration, whose rules are already parsed, in the tables {@code ip portcullis_direct}
 * (ipv4) and {@code ip6 portcullis_direct} (ipv6): one base chain per iptables built-in chain that has rules,
 * at iptables' priority, and one regular chain per user chain. Rules are re-added in listing order and
 * placed as firewalld places them; a rule whose addresses were split yields several kernel rules, which the
 * source map numbers from 0 ({@link Origin.FromDirectRule#part()}). Passthroughs are not part of this layout.
 */
public final class DirectTranslator {
    public static final String TABLE = "portcullis_direct";

    private record Placed(TranslatedRule rule, Origin origin) {
    }

    private DirectTranslator() {
    }

    /** {@code parsed} gives the parsed arguments of each rule of {@code config}. */
    public static Compiled translate(DirectConfig config, Function<DirectRule, RuleSpec> parsed) {
        config.chains().forEach(ChainNames::check);
        ChainResolver resolver = new ChainResolver(config);
        Map<KernelChain, ChainPlacement<Placed>> placements = new LinkedHashMap<>();
        for (DirectRule rule : config.rules()) {
            RuleSpec spec = parsed.apply(rule);
            KernelChain chain = resolver.chainOf(rule);
            TranslationContext ctx = new TranslationContext(chain.family(), t -> resolver.target(chain, t));
            List<Placed> kernelRules = new ArrayList<>();
            for (RuleSpec single : AddressSplit.split(spec)) {
                for (TranslatedRule t : RuleTranslator.translate(ctx, single)) {
                    kernelRules.add(new Placed(t, new Origin.FromDirectRule(rule, kernelRules.size())));
                }
            }
            placements.computeIfAbsent(chain, c -> new ChainPlacement<>())
                    .insert(rule.key(), rule.priority(), kernelRules);
        }
        return assemble(config, placements);
    }

    private static Compiled assemble(DirectConfig config, Map<KernelChain, ChainPlacement<Placed>> placements) {
        List<Table> tables = new ArrayList<>();
        Map<RuleRef, Origin> origins = new LinkedHashMap<>();
        for (Family family : List.of(Family.IP, Family.IP6)) {
            List<KernelChain> chains = new ArrayList<>();
            for (String table : IptablesChains.tables()) {
                for (String builtin : IptablesChains.kernelBuiltins(table)) {
                    placements.keySet().stream()
                            .filter(k -> k.family() == family && k.base() != null
                                    && k.table().equals(table) && k.name().equals(builtin))
                            .forEach(chains::add);
                }
            }
            for (DirectChain c : config.chains()) {
                KernelChain k = new KernelChain(c.ipv(), c.table(), c.chain(), null);
                if (k.family() == family) {
                    chains.add(k);
                }
            }
            if (chains.isEmpty()) {
                continue;
            }
            List<Chain> nftChains = new ArrayList<>();
            for (KernelChain k : chains) {
                ChainPlacement<Placed> placement = placements.get(k);
                List<Placed> placed = placement == null ? List.of() : placement.items();
                List<Rule> rules = new ArrayList<>();
                for (Placed p : placed) {
                    origins.put(new RuleRef(family, TABLE, k.nftName(), rules.size()), p.origin());
                    rules.add(new Rule(p.rule().stmts(), p.rule().comment(), 0));
                }
                nftChains.add(new Chain(k.nftName(), k.base(), rules));
            }
            tables.add(new Table(family, TABLE, List.of(), nftChains));
        }
        return new Compiled(tables.isEmpty() ? Ruleset.EMPTY : new Ruleset(tables), new SourceMap(origins));
    }
}
