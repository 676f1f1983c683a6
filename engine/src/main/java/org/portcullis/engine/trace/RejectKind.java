package org.portcullis.engine.trace;

/** The answer a reject sends back. */
public enum RejectKind {
    TCP_RESET, PORT_UNREACHABLE, HOST_UNREACHABLE, NET_UNREACHABLE, PROT_UNREACHABLE,
    HOST_PROHIBITED, NET_PROHIBITED, ADMIN_PROHIBITED, NO_ROUTE, ADDR_UNREACHABLE;

    /** True when the sender's connect fails with ECONNREFUSED. */
    public boolean refuses() {
        return this == TCP_RESET || this == PORT_UNREACHABLE;
    }

    /**
     * True when a connected UDP or ICMP echo socket ignores this answer (no socket error, the program keeps
     * waiting): the kernel reports only hard ICMP errors to such sockets. Soft are IPv4 net and host
     * unreachable (codes 0 and 1) and ICMPv6 no route and address unreachable (codes 0 and 3).
     */
    public boolean softForDatagrams(boolean v6) {
        return v6 ? icmpv6Code() == 0 || icmpv6Code() == 3 : icmpCode() == 0 || icmpCode() == 1;
    }

    /** ICMP destination-unreachable code for IPv4. */
    public int icmpCode() {
        return switch (this) {
            case NET_UNREACHABLE, NO_ROUTE -> 0;
            case HOST_UNREACHABLE, ADDR_UNREACHABLE -> 1;
            case PROT_UNREACHABLE -> 2;
            case PORT_UNREACHABLE, TCP_RESET -> 3;
            case NET_PROHIBITED -> 9;
            case HOST_PROHIBITED -> 10;
            case ADMIN_PROHIBITED -> 13;
        };
    }

    /** ICMPv6 destination-unreachable code. */
    public int icmpv6Code() {
        return switch (this) {
            case NO_ROUTE, NET_UNREACHABLE -> 0;
            case ADMIN_PROHIBITED, HOST_PROHIBITED, NET_PROHIBITED -> 1;
            case HOST_UNREACHABLE, ADDR_UNREACHABLE, PROT_UNREACHABLE -> 3;
            case PORT_UNREACHABLE, TCP_RESET -> 4;
        };
    }

    public String nftName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
