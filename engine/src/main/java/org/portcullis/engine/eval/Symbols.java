package org.portcullis.engine.eval;

import java.util.Map;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.TcpFlags;

/** Names a key's constants may be written with, and whether the key is a bit mask. */
record Symbols(Map<String, Long> names, boolean bitmask) {

    static final Symbols NONE = new Symbols(Map.of(), false);
    static final Symbols CT_STATE = new Symbols(Map.of("invalid", 1L, "established", 2L, "related", 4L,
            "new", 8L, "untracked", 64L), true);
    static final Symbols CT_STATUS = new Symbols(Map.of("expected", 1L, "seen-reply", 2L, "assured", 4L,
            "confirmed", 8L, "snat", 16L, "dnat", 32L, "dying", 512L), true);
    static final Symbols CT_DIRECTION = new Symbols(Map.of("original", 0L, "reply", 1L), false);
    static final Symbols NFPROTO = new Symbols(Map.of("ipv4", 2L, "ipv6", 10L), false);
    static final Symbols FIB_TYPE = new Symbols(Map.of("unspec", 0L, "unicast", 1L, "local", 2L, "broadcast", 3L,
            "anycast", 4L, "multicast", 5L, "blackhole", 6L, "unreachable", 7L, "prohibit", 8L), false);
    static final Symbols ARPHRD = new Symbols(Map.of("ether", LinkLayer.ARPHRD_ETHER, "loopback", LinkLayer.ARPHRD_LOOPBACK,
            "none", LinkLayer.ARPHRD_NONE), false);
    static final Symbols PKTTYPE = new Symbols(Map.of("host", LinkLayer.PACKET_HOST, "unicast", LinkLayer.PACKET_HOST,
            "broadcast", LinkLayer.PACKET_BROADCAST, "multicast", LinkLayer.PACKET_MULTICAST, "other", 3L), false);
    static final Symbols ETHERTYPE = new Symbols(Map.of("ip", 0x0800L, "ip6", 0x86ddL), false);
    static final Symbols TCP_FLAGS = new Symbols(Map.of("fin", (long) TcpFlags.FIN, "syn", (long) TcpFlags.SYN,
            "rst", (long) TcpFlags.RST, "psh", (long) TcpFlags.PSH, "ack", (long) TcpFlags.ACK,
            "urg", (long) TcpFlags.URG, "ecn", (long) TcpFlags.ECN, "cwr", (long) TcpFlags.CWR), true);
    static final Symbols ICMP_TYPE = new Symbols(Map.ofEntries(Map.entry("echo-reply", 0L),
            Map.entry("destination-unreachable", 3L), Map.entry("source-quench", 4L), Map.entry("redirect", 5L),
            Map.entry("echo-request", 8L), Map.entry("router-advertisement", 9L),
            Map.entry("router-solicitation", 10L), Map.entry("time-exceeded", 11L),
            Map.entry("parameter-problem", 12L), Map.entry("timestamp-request", 13L),
            Map.entry("timestamp-reply", 14L), Map.entry("info-request", 15L), Map.entry("info-reply", 16L),
            Map.entry("address-mask-request", 17L), Map.entry("address-mask-reply", 18L)), false);
    static final Symbols ICMPV6_TYPE = new Symbols(Map.ofEntries(Map.entry("destination-unreachable", 1L),
            Map.entry("packet-too-big", 2L), Map.entry("time-exceeded", 3L), Map.entry("parameter-problem", 4L),
            Map.entry("echo-request", 128L), Map.entry("echo-reply", 129L), Map.entry("mld-listener-query", 130L),
            Map.entry("mld-listener-report", 131L), Map.entry("mld-listener-done", 132L),
            Map.entry("mld-listener-reduction", 132L), Map.entry("nd-router-solicit", 133L),
            Map.entry("nd-router-advert", 134L), Map.entry("nd-neighbor-solicit", 135L),
            Map.entry("nd-neighbor-advert", 136L), Map.entry("nd-redirect", 137L),
            Map.entry("router-renumbering", 138L), Map.entry("ind-neighbor-solicit", 141L),
            Map.entry("ind-neighbor-advert", 142L), Map.entry("mld2-listener-report", 143L)), false);
    static final Symbols ICMP_CODE = new Symbols(Map.of("net-unreachable", 0L, "host-unreachable", 1L,
            "prot-unreachable", 2L, "port-unreachable", 3L, "frag-needed", 4L, "net-prohibited", 9L,
            "host-prohibited", 10L, "admin-prohibited", 13L), false);
    static final Symbols ICMPV6_CODE = new Symbols(Map.of("no-route", 0L, "admin-prohibited", 1L,
            "addr-unreachable", 3L, "port-unreachable", 4L, "policy-fail", 5L, "reject-route", 6L), false);

    static Symbols protocols() {
        return PROTOCOLS;
    }

    private static final Symbols PROTOCOLS = new Symbols(Map.of("tcp", (long) IpProto.TCP, "udp", (long) IpProto.UDP,
            "icmp", (long) IpProto.ICMP, "icmpv6", (long) IpProto.ICMPV6, "ipv6-icmp", (long) IpProto.ICMPV6,
            "sctp", (long) IpProto.SCTP, "esp", (long) IpProto.ESP, "ah", (long) IpProto.AH, "gre", 47L,
            "udplite", (long) IpProto.UDPLITE), false);

    /** The value of a name, or null when the name is not known for this key. */
    Long lookup(String name) {
        Long v = names.get(name);
        if (v != null) {
            return v;
        }
        try {
            return name.startsWith("0x") ? Long.parseLong(name.substring(2), 16) : Long.parseLong(name);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
