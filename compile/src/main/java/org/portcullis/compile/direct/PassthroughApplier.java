package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.compile.Origin;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;

/**
 * Applies tracked passthroughs after the direct rules, in their order, as firewalld applies them at
 * reload: {@code -N} adds a user chain, {@code -A} appends to a chain, {@code -I} inserts at a position.
 * Their rules are not counted by the priority placement of direct rules.
 */
final class PassthroughApplier {
    private PassthroughApplier() {
    }

    static void apply(Passthrough passthrough, PassthroughCommand command, ChainResolver resolver,
                      Map<KernelChain, List<PlacedRule>> chains) {
        Origin origin = new Origin.FromPassthrough(passthrough);
        Ipv ipv = passthrough.ipv();
        switch (command) {
            case PassthroughCommand.NewChain n ->
                    chains.put(resolver.create(new DirectChain(ipv, n.table(), n.chain())), new ArrayList<>());
            case PassthroughCommand.Append a -> {
                KernelChain k = resolver.chainNamed(ipv, a.table(), a.chain());
                List<PlacedRule> rules = KernelRules.of(resolver, k, a.rule(), i -> origin);
                chains.computeIfAbsent(k, c -> new ArrayList<>()).addAll(rules);
            }
            case PassthroughCommand.Insert i -> {
                KernelChain k = resolver.chainNamed(ipv, i.table(), i.chain());
                List<PlacedRule> rules = KernelRules.of(resolver, k, i.rule(), n -> origin);
                List<PlacedRule> chain = chains.computeIfAbsent(k, c -> new ArrayList<>());
                if (i.position() < 1 || i.position() - 1 > chain.size()) {
                    throw RestoreFailure.indexTooBig(ipv);
                }
                chain.addAll(i.position() - 1, rules);
            }
        }
    }
}
