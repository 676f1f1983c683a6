package org.portcullis.compile.rule;

import java.util.Map;

import org.portcullis.nft.Expr;

/** IP protocol numbers and the names nftables gives them. */
public final class ProtocolNames {
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMPV6 = 58;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(ICMP, "icmp"), Map.entry(2, "igmp"), Map.entry(TCP, "tcp"), Map.entry(UDP, "udp"),
            Map.entry(33, "dccp"), Map.entry(47, "gre"), Map.entry(50, "esp"), Map.entry(51, "ah"),
            Map.entry(ICMPV6, "ipv6-icmp"), Map.entry(132, "sctp"), Map.entry(136, "udplite"));

    private ProtocolNames() {
    }

    /** The nftables name of a protocol, or null when nftables has none. */
    public static String name(int number) {
        return NAMES.get(number);
    }

    /** The constant for {@code meta l4proto}: the name where there is one, else the number. */
    public static Expr value(int number) {
        String name = name(number);
        return name == null ? new Expr.Num(number) : new Expr.Str(name);
    }

    /** The payload protocol whose ports a port match reads ({@code tcp}, {@code udp}, {@code sctp}, ...). */
    public static String portProtocol(int number) {
        String name = name(number);
        if (name == null || !(number == TCP || number == UDP || number == 33 || number == 132 || number == 136)) {
            throw new IllegalArgumentException("protocol " + number + " has no ports");
        }
        return name;
    }
}
