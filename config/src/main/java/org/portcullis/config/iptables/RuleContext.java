package org.portcullis.config.iptables;

import java.util.Set;

import org.portcullis.model.direct.Ipv;

/** What the modules of one rule may ask about the rule being read. */
final class RuleContext {
    private static final Set<String> IN_ONLY = Set.of("PREROUTING", "INPUT");
    private static final Set<String> OUT_ONLY = Set.of("POSTROUTING", "OUTPUT");

    final Ipv ipv;
    final String table;
    final String chain;
    int protocol = -1;
    boolean protocolNegated;
    private boolean refused;

    RuleContext(Ipv ipv, String table, String chain) {
        this.ipv = ipv;
        this.table = table;
        this.chain = chain;
    }

    /** Notes that the kernel would refuse the rule; reported only if nothing else is wrong. */
    void refuse() {
        refused = true;
    }

    boolean refused() {
        return refused;
    }

    boolean v6() {
        return ipv == Ipv.IPV6;
    }

    /** The protocol of {@code -p} when given without {@code !}, else -1. */
    int plainProtocol() {
        return protocolNegated ? -1 : protocol;
    }

    boolean builtinChain() {
        return Tables.isBuiltin(table, chain);
    }

    /** The chain is a built-in one that packets reach only on input (or only on output). */
    boolean inputOnlyChain() {
        return IN_ONLY.contains(chain);
    }

    boolean outputOnlyChain() {
        return OUT_ONLY.contains(chain);
    }
}
