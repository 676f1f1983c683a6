package org.portcullis.analysis.check;

import org.portcullis.engine.IpProto;

/** A kind of connection the check plays: tcp or udp to a port, or an ICMP echo ({@code protocol} ICMP, port 0). */
record Probe(int protocol, int port) {
    static final Probe ECHO = new Probe(IpProto.ICMP, 0);

    static Probe tcp(int port) {
        return new Probe(IpProto.TCP, port);
    }

    static Probe udp(int port) {
        return new Probe(IpProto.UDP, port);
    }

    /** The protocol number in a family: an echo is ICMPv6 over IPv6. */
    int protocol(boolean v6) {
        return protocol == IpProto.ICMP && v6 ? IpProto.ICMPV6 : protocol;
    }

    /** {@code tcp/22}, {@code udp/53}, {@code echo}. */
    String words() {
        return protocol == IpProto.ICMP ? "echo" : IpProto.name(protocol) + "/" + port;
    }
}
