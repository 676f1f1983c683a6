package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.model.direct.ChainKey;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Table;

class PlacementPropertiesTest {
    record Gen(Ipv ipv, String chain, int priority, int addresses) {
    }

    @Provide
    Arbitrary<List<Gen>> configs() {
        Arbitrary<Gen> gen = Combinators.combine(
                Arbitraries.of(Ipv.IPV4, Ipv.IPV6),
                Arbitraries.of("INPUT", "OUTPUT", "FORWARD", "mine"),
                Arbitraries.integers().between(-3, 3),
                Arbitraries.integers().between(1, 3)).as(Gen::new);
        return gen.list().ofMaxSize(40);
    }

    private static DirectFixture fixture(List<Gen> gens) {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV4, "filter", "mine").chain(Ipv.IPV6, "filter", "mine");
        for (int i = 0; i < gens.size(); i++) {
            Gen g = gens.get(i);
            String[] nets = new String[g.addresses()];
            for (int a = 0; a < nets.length; a++) {
                nets[a] = g.ipv() == Ipv.IPV4 ? "198.18." + i + "." + a : "2001:db8::" + Integer.toHexString(i * 4 + a);
            }
            fx.rule(g.ipv(), "filter", g.chain(), g.priority(), "-d " + String.join(",", nets) + " -j ACCEPT #" + i,
                    Specs.spec(Specs.ACCEPT, Specs.dst(nets)));
        }
        return fx;
    }

    @Property
    void kernelOrderFollowsPriorityThenInsertionPerChainKey(@ForAll("configs") List<Gen> gens) {
        DirectFixture fx = fixture(gens);
        DirectConfig config = fx.config();
        Compiled c = fx.compile();
        int kernelRules = 0;
        for (Table t : c.ruleset().tables()) {
            for (Chain ch : t.chains()) {
                Map<ChainKey, List<Origin.FromDirectRule>> byKey = new HashMap<>();
                for (int i = 0; i < ch.rules().size(); i++) {
                    Origin o = c.sourceMap().origin(new RuleRef(t.family(), t.name(), ch.name(), i)).orElseThrow();
                    Origin.FromDirectRule d = (Origin.FromDirectRule) o;
                    byKey.computeIfAbsent(d.rule().key(), k -> new ArrayList<>()).add(d);
                    kernelRules++;
                }
                byKey.forEach((key, origins) -> {
                    List<DirectRule> listing = config.rules(key);
                    for (int i = 1; i < origins.size(); i++) {
                        Origin.FromDirectRule a = origins.get(i - 1);
                        Origin.FromDirectRule b = origins.get(i);
                        assertTrue(a.rule().priority() <= b.rule().priority(), ch.name());
                        if (a.rule().equals(b.rule())) {
                            assertEquals(a.part() + 1, b.part());
                        } else if (a.rule().priority() == b.rule().priority()) {
                            assertTrue(listing.indexOf(a.rule()) < listing.indexOf(b.rule()));
                        }
                    }
                });
            }
        }
        assertEquals(gens.stream().mapToInt(Gen::addresses).sum(), kernelRules);
    }

    @Property
    void withOneKeyThePriorityReplayIsAStableSort(@ForAll("configs") List<Gen> gens) {
        ChainPlacement<Integer> placement = new ChainPlacement<>();
        ChainKey key = new ChainKey(Ipv.IPV4, "filter", "INPUT");
        int next = 0;
        for (Gen g : gens) {
            List<Integer> items = new ArrayList<>();
            for (int a = 0; a < g.addresses(); a++) {
                items.add(next++);
            }
            placement.insert(key, g.priority(), items);
        }
        assertEquals(placement.replayed(), placement.sorted());
    }

    @Property
    void builtinAndDirectSpellingsKeepEveryKernelRule(@ForAll("configs") List<Gen> gens) {
        ChainPlacement<Integer> placement = new ChainPlacement<>();
        int next = 0;
        for (Gen g : gens) {
            ChainKey key = new ChainKey(Ipv.IPV4, "filter", g.chain().equals("mine") ? "INPUT_direct" : "INPUT");
            List<Integer> items = new ArrayList<>();
            for (int a = 0; a < g.addresses(); a++) {
                items.add(next++);
            }
            placement.insert(key, g.priority(), items);
        }
        List<Integer> placed = new ArrayList<>(placement.items());
        placed.sort(Integer::compare);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < next; i++) {
            all.add(i);
        }
        assertEquals(all, placed);
    }
}
