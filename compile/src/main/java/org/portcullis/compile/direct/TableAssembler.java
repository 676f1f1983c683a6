package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.SourceMap;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * Builds the {@code ip} and {@code ip6} direct tables from ordered chains: base chains that have rules, in
 * table and hook order, then user chains in creation order; a family without chains gets no table.
 */
final class TableAssembler {
    private TableAssembler() {
    }

    static Compiled assemble(Map<KernelChain, List<PlacedRule>> rules, List<KernelChain> userChains) {
        List<Table> tables = new ArrayList<>();
        Map<RuleRef, Origin> origins = new LinkedHashMap<>();
        for (Family family : List.of(Family.IP, Family.IP6)) {
            List<KernelChain> chains = new ArrayList<>();
            for (String table : IptablesChains.tables()) {
                for (String builtin : IptablesChains.kernelBuiltins(table)) {
                    rules.keySet().stream()
                            .filter(k -> k.family() == family && k.base() != null
                                    && k.table().equals(table) && k.name().equals(builtin))
                            .forEach(chains::add);
                }
            }
            userChains.stream().filter(k -> k.family() == family).forEach(chains::add);
            if (chains.isEmpty()) {
                continue;
            }
            List<Chain> nftChains = new ArrayList<>();
            for (KernelChain k : chains) {
                List<Rule> nftRules = new ArrayList<>();
                for (PlacedRule p : rules.getOrDefault(k, List.of())) {
                    origins.put(new RuleRef(family, DirectTranslator.TABLE, k.nftName(), nftRules.size()), p.origin());
                    nftRules.add(new Rule(p.rule().stmts(), p.rule().comment(), 0));
                }
                nftChains.add(new Chain(k.nftName(), k.base(), nftRules));
            }
            tables.add(new Table(family, DirectTranslator.TABLE, List.of(), nftChains));
        }
        return new Compiled(tables.isEmpty() ? Ruleset.EMPTY : new Ruleset(tables), new SourceMap(origins));
    }
}
