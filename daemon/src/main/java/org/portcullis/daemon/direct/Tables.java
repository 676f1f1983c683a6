package org.portcullis.daemon.direct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.portcullis.model.direct.Ipv;

/** The tables of each family and their built-in chains, in the order firewalld names them in errors. */
public final class Tables {
    private static final SequencedMap<String, List<String>> IP = new LinkedHashMap<>();
    private static final SequencedMap<String, List<String>> EB = new LinkedHashMap<>();

    static {
        IP.put("security", List.of("INPUT", "OUTPUT", "FORWARD"));
        IP.put("raw", List.of("PREROUTING", "OUTPUT"));
        IP.put("mangle", List.of("PREROUTING", "POSTROUTING", "INPUT", "OUTPUT", "FORWARD"));
        IP.put("nat", List.of("PREROUTING", "POSTROUTING", "OUTPUT"));
        IP.put("filter", List.of("INPUT", "OUTPUT", "FORWARD"));
        EB.put("broute", List.of("BROUTING"));
        EB.put("nat", List.of("PREROUTING", "POSTROUTING", "OUTPUT"));
        EB.put("filter", List.of("INPUT", "OUTPUT", "FORWARD"));
    }

    private Tables() {
    }

    public static SequencedMap<String, List<String>> of(Ipv ipv) {
        return switch (ipv) {
            case IPV4, IPV6 -> IP;
            case EB -> EB;
        };
    }

    public static boolean isBuiltinChain(Ipv ipv, String table, String chain) {
        return of(ipv).getOrDefault(table, List.of()).contains(chain);
    }

    /** Python's {@code repr(dict.keys())}, e.g. {@code dict_keys(['security', 'raw', ...])}. */
    static String keysRepr(Ipv ipv) {
        return "dict_keys(" + PyRepr.list(List.copyOf(of(ipv).sequencedKeySet())) + ")";
    }
}
