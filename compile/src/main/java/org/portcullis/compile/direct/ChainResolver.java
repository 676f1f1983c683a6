package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;

/**
 * Finds kernel chains as firewalld's nftables mode does: for a direct rule, a built-in chain {@code X}, or
 * {@code X_direct} for a built-in {@code X}, is the base chain {@code X}; any other name must be a user
 * chain. Jump targets must be user chains of the same family and table.
 */
final class ChainResolver {
    private static final String DIRECT_SUFFIX = "_direct";
    private final Set<DirectChain> userChains;
    private final JumpGraph jumps = new JumpGraph();

    ChainResolver(DirectConfig config) {
        this.userChains = new LinkedHashSet<>(config.chains());
    }

    /** User chains in creation order. */
    List<KernelChain> userChains() {
        List<KernelChain> out = new ArrayList<>();
        userChains.forEach(c -> out.add(new KernelChain(c.ipv(), c.table(), c.chain(), null)));
        return out;
    }

    /** Creates a user chain as {@code -N} does, refusing names iptables refuses or that exist. */
    KernelChain create(DirectChain chain) {
        ChainNames.check(chain);
        if (!userChains.add(chain)) {
            throw RestoreFailure.chainExists(chain.ipv());
        }
        return new KernelChain(chain.ipv(), chain.table(), chain.chain(), null);
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
        return chainNamed(rule.ipv(), rule.table(), chain);
    }

    /** The chain an iptables command names, without firewalld's {@code _direct} handling. */
    KernelChain chainNamed(Ipv ipv, String table, String chain) {
        IptablesChains.checkTable(ipv, table);
        if (IptablesChains.isKernelBuiltin(table, chain)) {
            return new KernelChain(ipv, table, chain, IptablesChains.hook(table, chain));
        }
        if (userChains.contains(new DirectChain(ipv, table, chain))) {
            return new KernelChain(ipv, table, chain, null);
        }
        throw RestoreFailure.noSuchChain(ipv);
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
