package org.portcullis.engine;

import java.util.Map;

/** IP protocol numbers the engine knows by name. */
public final class IpProto {
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ESP = 50;
    public static final int AH = 51;
    public static final int ICMPV6 = 58;
    public static final int SCTP = 132;
    public static final int UDPLITE = 136;

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("icmp", ICMP), Map.entry("tcp", TCP), Map.entry("udp", UDP), Map.entry("esp", ESP),
            Map.entry("ah", AH), Map.entry("icmpv6", ICMPV6), Map.entry("ipv6-icmp", ICMPV6),
            Map.entry("sctp", SCTP), Map.entry("udplite", UDPLITE), Map.entry("gre", 47), Map.entry("igmp", 2),
            Map.entry("dccp", 33));

    private IpProto() {
    }

    /** The number for a protocol name, or -1. */
    public static int byName(String name) {
        return BY_NAME.getOrDefault(name, -1);
    }

    public static String name(int proto) {
        return switch (proto) {
            case ICMP -> "icmp";
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMPV6 -> "icmpv6";
            case SCTP -> "sctp";
            default -> Integer.toString(proto);
        };
    }

    public static boolean hasPorts(int proto) {
        return proto == TCP || proto == UDP || proto == SCTP || proto == UDPLITE || proto == 33;
    }

    public static boolean isIcmp(int proto) {
        return proto == ICMP || proto == ICMPV6;
    }
}
