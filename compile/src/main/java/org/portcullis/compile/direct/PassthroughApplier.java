package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.compile.Origin;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

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
            case PassthroughCommand.Delete c -> throw unsupported(passthrough);
            case PassthroughCommand.DeleteAt c -> throw unsupported(passthrough);
            case PassthroughCommand.Replace c -> throw unsupported(passthrough);
            case PassthroughCommand.Check c -> throw unsupported(passthrough);
            case PassthroughCommand.DeleteChain c -> throw unsupported(passthrough);
            case PassthroughCommand.Flush c -> throw unsupported(passthrough);
            case PassthroughCommand.RenameChain c -> throw unsupported(passthrough);
            case PassthroughCommand.Policy c -> throw unsupported(passthrough);
        }
    }

    /** Commands that change rules Portcullis does not own a record of are refused, never run raw. */
    private static FirewallException unsupported(Passthrough p) {
        return new FirewallException(ErrorCode.COMMAND_FAILED, "Portcullis applies only '-A', '-I' and '-N' "
                + "passthroughs; refused: " + String.join(" ", p.args()));
    }
}
