package org.portcullis.config.iptables;

import java.util.Locale;
import java.util.Map;

/** IP protocol names iptables accepts after {@code -p}, and the name Portcullis prints for a number. */
final class Protocols {
    static final int ALL = 0;
    static final int ICMP = 1;
    static final int TCP = 6;
    static final int DCCP = 33;
    static final int ICMPV6 = 58;
    static final int UDP = 17;
    static final int SCTP = 132;
    static final int UDPLITE = 136;

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("all", ALL), Map.entry("icmp", ICMP), Map.entry("igmp", 2), Map.entry("ipencap", 4),
            Map.entry("tcp", TCP), Map.entry("egp", 8), Map.entry("udp", UDP), Map.entry("dccp", DCCP),
            Map.entry("ipv6", 41), Map.entry("gre", 47), Map.entry("esp", 50), Map.entry("ah", 51),
            Map.entry("icmpv6", ICMPV6), Map.entry("ipv6-icmp", ICMPV6), Map.entry("ospf", 89),
            Map.entry("pim", 103), Map.entry("vrrp", 112), Map.entry("l2tp", 115), Map.entry("sctp", SCTP),
            Map.entry("mh", 135), Map.entry("udplite", UDPLITE));

    private Protocols() {
    }

    /** The protocol number for {@code -p TEXT}, or -1 when iptables would not know it. */
    static int number(String text) {
        Integer n = BY_NAME.get(text.toLowerCase(Locale.ROOT));
        if (n != null) {
            return n;
        }
        return (int) Numbers.parse(text, 255);
    }

    /** The word Portcullis prints for a protocol number. */
    static String name(int number) {
        return switch (number) {
            case ICMP -> "icmp";
            case TCP -> "tcp";
            case UDP -> "udp";
            case DCCP -> "dccp";
            case ICMPV6 -> "ipv6-icmp";
            case SCTP -> "sctp";
            case UDPLITE -> "udplite";
            case 47 -> "gre";
            case 50 -> "esp";
            case 51 -> "ah";
            default -> Integer.toString(number);
        };
    }

    /** The match module iptables loads implicitly for a protocol, or null. */
    static String implicitModule(int number) {
        return switch (number) {
            case TCP -> "tcp";
            case UDP -> "udp";
            case SCTP -> "sctp";
            case DCCP -> "dccp";
            case ICMP -> "icmp";
            case ICMPV6 -> "icmp6";
            default -> null;
        };
    }

    /** Protocols whose headers carry ports usable by multiport and NAT port options. */
    static boolean hasPorts(int number) {
        return number == TCP || number == UDP || number == SCTP || number == DCCP || number == UDPLITE;
    }
}
