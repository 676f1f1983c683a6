package org.portcullis.compile.direct;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Checks a user chain's name as firewalld and then iptables-restore would when creating it. */
final class ChainNames {
    private static final Set<String> TARGETS = Set.of("ACCEPT", "DROP", "QUEUE", "RETURN", "AUDIT", "CHECKSUM",
            "CLASSIFY", "CONNMARK", "CONNSECMARK", "CT", "DNAT", "DSCP", "ECN", "HMARK", "IDLETIMER", "LED", "LOG",
            "MARK", "MASQUERADE", "NETMAP", "NFLOG", "NFQUEUE", "NOTRACK", "RATEEST", "REDIRECT", "REJECT",
            "SECMARK", "SET", "SNAT", "SYNPROXY", "TCPMSS", "TCPOPTSTRIP", "TEE", "TOS", "TPROXY", "TRACE");
    private static final Set<String> TARGETS_V4 = Set.of("TTL");
    private static final Set<String> TARGETS_V6 = Set.of("HL", "SNPT", "DNPT");
    private static final int MAX_BYTES = 28;

    private ChainNames() {
    }

    static void check(DirectChain c) {
        IptablesChains.checkTable(c.ipv(), c.table());
        String name = c.chain();
        if (IptablesChains.isFirewalldBuiltin(c.table(), name)) {
            throw new FirewallException(ErrorCode.BUILTIN_CHAIN, "chain '" + name + "' is built-in chain");
        }
        if (IptablesChains.isKernelBuiltin(c.table(), name)) {
            throw RestoreFailure.chainExists(c.ipv());
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw RestoreFailure.badChainName(c.ipv(),
                    "chain name `" + name + "' too long (must be under " + (MAX_BYTES + 1) + " chars)");
        }
        if (name.startsWith("-") || name.startsWith("!")) {
            throw RestoreFailure.badChainName(c.ipv(),
                    "chain name not allowed to start with `" + name.charAt(0) + "'");
        }
        if (TARGETS.contains(name) || (c.ipv() == Ipv.IPV6 ? TARGETS_V6 : TARGETS_V4).contains(name)) {
            throw RestoreFailure.badChainName(c.ipv(), "chain name may not clash with target name");
        }
    }
}
