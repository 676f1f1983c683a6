package org.portcullis.difftest;

import org.portcullis.nft.BaseHook;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Hook;

/** The hook, type and priority of iptables' built-in chains, as iptables-nft registers them. */
final class BuiltinChains {
    private BuiltinChains() {
    }

    /** Null when {@code chain} is not built into {@code table}. */
    static BaseHook of(String table, String chain, ChainPolicy policy) {
        Hook hook;
        try {
            hook = Hook.fromNft(chain.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (table) {
            case "filter" -> hook == Hook.INPUT || hook == Hook.FORWARD || hook == Hook.OUTPUT
                    ? new BaseHook(ChainType.FILTER, hook, 0, policy) : null;
            case "nat" -> switch (hook) {
                case PREROUTING, OUTPUT -> new BaseHook(ChainType.NAT, hook, -100, policy);
                case INPUT, POSTROUTING -> new BaseHook(ChainType.NAT, hook, 100, policy);
                default -> null;
            };
            case "mangle" -> hook == Hook.INGRESS ? null
                    : new BaseHook(hook == Hook.OUTPUT ? ChainType.ROUTE : ChainType.FILTER, hook, -150, policy);
            case "raw" -> hook == Hook.PREROUTING || hook == Hook.OUTPUT ? new BaseHook(ChainType.FILTER, hook, -300, policy) : null;
            case "security" -> hook == Hook.INPUT || hook == Hook.FORWARD || hook == Hook.OUTPUT
                    ? new BaseHook(ChainType.FILTER, hook, 50, policy) : null;
            default -> null;
        };
    }
}
