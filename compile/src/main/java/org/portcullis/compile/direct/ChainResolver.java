package org.portcullis.compile.direct;

import java.util.HashSet;
import java.util.Set;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;

/**
 * Finds the kernel chain of a direct rule as firewalld's nftables mode does: a built-in chain {@code X},
 * or {@code X_direct} for a built-in {@code X}, is the base chain {@code X}; any other name must be a chain
 * added with {@code --add-chain}. Jump targets must be such user chains.
 */
final class ChainResolver {
    private static final String DIRECT_SUFFIX = "_direct";
    private final Set<DirectChain> userChains;
    private final JumpGraph jumps = new JumpGraph();

    ChainResolver(DirectConfig config) {
        this.userChains = new HashSet<>(config.chains());
    }

    KernelChain chainOf(DirectRule rule) {
        IptablesChains.checkTable(rule.ipv(), rule.table());
        String chain = rule.chain();
        if (chain.endsWith(DIRECT_SUFFIX)) {
            String stripped = chain.substring(0, chain.length() - DIRECT_SUFFIX.length());
            if (IptablesChains.isFirewalldBuiltin(rule.table(), stripped)) {
                chain = stripped;
            }
        }
        if (IptablesChains.isKernelBuiltin(rule.table(), chain)) {
            return new KernelChain(rule.ipv(), rule.table(), chain, IptablesChains.hook(rule.table(), chain));
        }
        if (userChains.contains(new DirectChain(rule.ipv(), rule.table(), chain))) {
            return new KernelChain(rule.ipv(), rule.table(), chain, null);
        }
        throw RestoreFailure.noSuchChain(rule.ipv());
    }

    /** The nftables name of the chain a rule in {@code from} may jump or go to. */
    String target(KernelChain from, String target) {
        Ipv ipv = from.ipv();
        if (userChains.contains(new DirectChain(ipv, from.table(), target))) {
            jumps.addChecked(from, new KernelChain(ipv, from.table(), target, null));
            return KernelChain.nftName(from.table(), target);
        }
        if (IptablesChains.isKernelBuiltin(from.table(), target)) {
            throw RestoreFailure.builtinTarget(ipv, from.name());
        }
        throw RestoreFailure.noSuchTarget(ipv, target);
    }
}
