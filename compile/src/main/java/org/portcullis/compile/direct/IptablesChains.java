package org.portcullis.compile.direct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Hook;

/**
 * The iptables tables and built-in chains direct rules address, and the hook, priority and type each
 * built-in chain has in the kernel. firewalld's list of built-in chains (which decides {@code _direct}
 * suffixes and the table error) lacks iptables' {@code nat INPUT}; that chain still exists for rules.
 */
public final class IptablesChains {
    private static final SequencedMap<String, List<String>> FIREWALLD = new LinkedHashMap<>();

    static {
        FIREWALLD.put("security", List.of("INPUT", "OUTPUT", "FORWARD"));
        FIREWALLD.put("raw", List.of("PREROUTING", "OUTPUT"));
        FIREWALLD.put("mangle", List.of("PREROUTING", "POSTROUTING", "INPUT", "OUTPUT", "FORWARD"));
        FIREWALLD.put("nat", List.of("PREROUTING", "POSTROUTING", "OUTPUT"));
        FIREWALLD.put("filter", List.of("INPUT", "OUTPUT", "FORWARD"));
    }

    private IptablesChains() {
    }

    /** The tables in firewalld's order. */
    public static List<String> tables() {
        return List.copyOf(FIREWALLD.keySet());
    }

    /** Refuses the ebtables family and tables firewalld does not know, with firewalld's messages. */
    public static void checkTable(Ipv ipv, String table) {
        if (ipv == Ipv.EB) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED,
                    "ebtables direct rules and chains are not supported by Portcullis");
        }
        if (!FIREWALLD.containsKey(table)) {
            String keys = String.join(", ", FIREWALLD.keySet().stream().map(t -> "'" + t + "'").toList());
            throw new FirewallException(ErrorCode.INVALID_TABLE,
                    "'" + table + "' not in 'dict_keys([" + keys + "])'");
        }
    }

    /** A built-in chain in firewalld's sense. */
    public static boolean isFirewalldBuiltin(String table, String chain) {
        return FIREWALLD.getOrDefault(table, List.of()).contains(chain);
    }

    /** The built-in chains iptables itself has in {@code table}, in kernel hook order. */
    public static List<String> kernelBuiltins(String table) {
        return switch (table) {
            case "nat" -> List.of("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING");
            case "mangle" -> List.of("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING");
            case "raw" -> List.of("PREROUTING", "OUTPUT");
            case "filter", "security" -> List.of("INPUT", "FORWARD", "OUTPUT");
            default -> List.of();
        };
    }

    public static boolean isKernelBuiltin(String table, String chain) {
        return kernelBuiltins(table).contains(chain);
    }

    /** The base chain settings of an iptables built-in chain: iptables' priorities and chain types. */
    public static BaseHook hook(String table, String chain) {
        Hook hook = Hook.valueOf(chain);
        return switch (table) {
            case "raw" -> base(ChainType.FILTER, hook, -300);
            case "mangle" -> base(hook == Hook.OUTPUT ? ChainType.ROUTE : ChainType.FILTER, hook, -150);
            case "nat" -> base(ChainType.NAT, hook,
                    hook == Hook.PREROUTING || hook == Hook.OUTPUT ? -100 : 100);
            case "filter" -> base(ChainType.FILTER, hook, 0);
            case "security" -> base(ChainType.FILTER, hook, 50);
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    private static BaseHook base(ChainType type, Hook hook, int priority) {
        return new BaseHook(type, hook, priority, ChainPolicy.ACCEPT);
    }
}
