package org.portcullis.config.iptables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** The iptables tables and their built-in chains. */
public final class Tables {
    private static final List<String> EB_TABLES = List.of("broute", "nat", "filter");
    private static final SequencedMap<String, List<String>> CHAINS = new LinkedHashMap<>();

    static {
        CHAINS.put("security", List.of("INPUT", "OUTPUT", "FORWARD"));
        CHAINS.put("raw", List.of("PREROUTING", "OUTPUT"));
        CHAINS.put("mangle", List.of("PREROUTING", "POSTROUTING", "INPUT", "OUTPUT", "FORWARD"));
        CHAINS.put("nat", List.of("PREROUTING", "POSTROUTING", "INPUT", "OUTPUT"));
        CHAINS.put("filter", List.of("INPUT", "OUTPUT", "FORWARD"));
    }

    private Tables() {
    }

    /** Throws INVALID_TABLE worded as firewalld words it for an unknown table of a family. */
    public static void check(Ipv ipv, String table) {
        if (ipv == Ipv.EB) {
            checkIn(EB_TABLES, table);
        } else {
            check(table);
        }
    }

    /** Throws INVALID_TABLE worded as firewalld words it for an unknown iptables table. */
    public static void check(String table) {
        checkIn(CHAINS.sequencedKeySet(), table);
    }

    private static void checkIn(java.util.SequencedCollection<String> tables, String table) {
        if (!tables.contains(table)) {
            StringBuilder keys = new StringBuilder();
            for (String t : tables) {
                keys.append(keys.isEmpty() ? "" : ", ").append('\'').append(t).append('\'');
            }
            throw new FirewallException(ErrorCode.INVALID_TABLE,
                    "'" + table + "' not in 'dict_keys([" + keys + "])'");
        }
    }

    public static boolean isBuiltin(String table, String chain) {
        return CHAINS.getOrDefault(table, List.of()).contains(chain);
    }

    /** The kernel chain a direct rule's chain lands in: {@code X_direct} of a built-in X becomes X. */
    public static String kernelChain(String table, String chain) {
        if (chain.endsWith("_direct")) {
            String base = chain.substring(0, chain.length() - "_direct".length());
            if (isBuiltin(table, base)) {
                return base;
            }
        }
        return chain;
    }

    static Map<String, List<String>> all() {
        return CHAINS;
    }
}
