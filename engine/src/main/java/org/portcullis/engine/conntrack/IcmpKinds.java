package org.portcullis.engine.conntrack;

import org.portcullis.engine.Packet;

/** Which ICMP messages are echo requests, echo replies, errors, or untracked neighbour discovery. */
public final class IcmpKinds {
    private IcmpKinds() {
    }

    public static int echoRequest(boolean v6) {
        return v6 ? 128 : 8;
    }

    public static int echoReply(boolean v6) {
        return v6 ? 129 : 0;
    }

    public static int unreachable(boolean v6) {
        return v6 ? 1 : 3;
    }

    public static boolean isError(Packet p) {
        int t = p.icmpType();
        return p.v6() ? t >= 1 && t <= 4 : t == 3 || t == 4 || t == 5 || t == 11 || t == 12;
    }

    public static boolean isEchoRequest(Packet p) {
        return p.icmpType() == echoRequest(p.v6());
    }

    public static boolean isEchoReply(Packet p) {
        return p.icmpType() == echoReply(p.v6());
    }

    /**
     * The reply type of a request that can open a flow: echo, and for IPv4 also timestamp, information and
     * address mask requests; IPv6 node information queries. -1 for any other type, which conntrack finds
     * invalid when it has no flow.
     */
    public static int replyTo(int type, boolean v6) {
        if (v6) {
            return switch (type) {
                case 128 -> 129;
                case 139 -> 140;
                default -> -1;
            };
        }
        return switch (type) {
            case 8 -> 0;
            case 13 -> 14;
            case 15 -> 16;
            case 17 -> 18;
            default -> -1;
        };
    }

    /** ICMPv6 neighbour discovery and multicast listener messages, which conntrack leaves untracked. */
    public static boolean isUntracked(Packet p) {
        int t = p.icmpType();
        return p.v6() && (t >= 130 && t <= 137 || t == 143);
    }
}
