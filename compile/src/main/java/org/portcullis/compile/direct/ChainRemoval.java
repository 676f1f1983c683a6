package org.portcullis.compile.direct;

import java.util.function.Function;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;

/**
 * Whether a user chain may be removed: the kernel refuses to delete a chain that still holds rules or is
 * the target of a jump, and firewalld reports iptables-restore's failure.
 */
public final class ChainRemoval {
    private ChainRemoval() {
    }

    /** Throws COMMAND_FAILED when {@code chain} is in use by the rules of {@code config}. */
    public static void check(DirectConfig config, DirectChain chain, Function<DirectRule, RuleSpec> parsed) {
        for (DirectRule r : config.rules()) {
            if (r.ipv() != chain.ipv() || !r.table().equals(chain.table())) {
                continue;
            }
            if (holdsRule(r, chain) || jumpsTo(parsed.apply(r).target(), chain.chain())) {
                throw RestoreFailure.chainBusy(chain.ipv(), chain.chain());
            }
        }
    }

    private static boolean holdsRule(DirectRule r, DirectChain chain) {
        String name = r.chain();
        boolean strippedToBuiltin = name.endsWith("_direct")
                && IptablesChains.isFirewalldBuiltin(r.table(), name.substring(0, name.length() - 7));
        return name.equals(chain.chain()) && !strippedToBuiltin;
    }

    private static boolean jumpsTo(Target target, String chain) {
        return target instanceof Target.Jump j && j.chain().equals(chain)
                || target instanceof Target.Goto g && g.chain().equals(chain);
    }
}
