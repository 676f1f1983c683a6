package org.portcullis.cli.explain;

import java.util.Map;

/** ICMP and ICMPv6 type names as nft writes them, or {@code TYPE} / {@code TYPE/CODE} as numbers. */
final class IcmpTypeNames {
    private static final Map<String, Integer> V4 = Map.ofEntries(Map.entry("echo-reply", 0),
            Map.entry("destination-unreachable", 3), Map.entry("source-quench", 4), Map.entry("redirect", 5),
            Map.entry("echo-request", 8), Map.entry("router-advertisement", 9), Map.entry("router-solicitation", 10),
            Map.entry("time-exceeded", 11), Map.entry("parameter-problem", 12), Map.entry("timestamp-request", 13),
            Map.entry("timestamp-reply", 14));
    private static final Map<String, Integer> V6 = Map.ofEntries(Map.entry("destination-unreachable", 1),
            Map.entry("packet-too-big", 2), Map.entry("time-exceeded", 3), Map.entry("parameter-problem", 4),
            Map.entry("echo-request", 128), Map.entry("echo-reply", 129), Map.entry("nd-router-solicit", 133),
            Map.entry("nd-router-advert", 134), Map.entry("nd-neighbor-solicit", 135),
            Map.entry("nd-neighbor-advert", 136), Map.entry("nd-redirect", 137));

    private IcmpTypeNames() {
    }

    /** {type, code}; code is -1 when not given. */
    static int[] parse(String text, boolean v6) {
        Integer named = (v6 ? V6 : V4).get(text);
        if (named != null) {
            return new int[] {named, -1};
        }
        String[] parts = text.split("/", -1);
        if (parts.length <= 2) {
            try {
                int type = Integer.parseInt(parts[0]);
                int code = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
                if (type >= 0 && type <= 255 && code >= -1 && code <= 255) {
                    return new int[] {type, code};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UsageException("unknown " + (v6 ? "icmpv6" : "icmp") + " type '" + text + "' (a name such as "
                + "echo-request, or TYPE[/CODE])");
    }
}
