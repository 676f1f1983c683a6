package org.portcullis.engine;

import java.util.Objects;

import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Family;

/**
 * One IPv4 or IPv6 packet as netfilter sees it. Ports are 0 for protocols without ports; for ICMP echo
 * both ports hold the echo identifier. {@code iif}/{@code oif} are null where the hook has none.
 * {@code quoted} is the packet an ICMP error carries, otherwise null. {@code srcMac} is the source address
 * of the Ethernet frame the packet arrived in, null when it is not known (or the packet was not received).
 */
public record Packet(IpAddress src, IpAddress dst, int protocol, int sport, int dport, int tcpFlags,
                     int icmpType, int icmpCode, String iif, String oif, long mark, int length, Packet quoted,
                     MacAddress srcMac) {

    public Packet {
        Objects.requireNonNull(src);
        Objects.requireNonNull(dst);
        if (src.v6() != dst.v6()) {
            throw new IllegalArgumentException("mixed address families: " + src + " -> " + dst);
        }
    }

    /** A packet whose frame's source address is not known. */
    public Packet(IpAddress src, IpAddress dst, int protocol, int sport, int dport, int tcpFlags, int icmpType,
                  int icmpCode, String iif, String oif, long mark, int length, Packet quoted) {
        this(src, dst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, iif, oif, mark, length, quoted, null);
    }

    public static Packet tcp(IpAddress src, int sport, IpAddress dst, int dport, int flags) {
        return new Packet(src, dst, IpProto.TCP, sport, dport, flags, -1, -1, null, null, 0, 60, null);
    }

    public static Packet udp(IpAddress src, int sport, IpAddress dst, int dport) {
        return new Packet(src, dst, IpProto.UDP, sport, dport, 0, -1, -1, null, null, 0, 64, null);
    }

    /** An ICMP or ICMPv6 message; {@code id} is the echo identifier (0 for errors). */
    public static Packet icmp(IpAddress src, IpAddress dst, int type, int code, int id) {
        int proto = src.v6() ? IpProto.ICMPV6 : IpProto.ICMP;
        return new Packet(src, dst, proto, id, id, 0, type, code, null, null, 0, 84, null);
    }

    /** An ICMP error from {@code src} about {@code offending}, which it quotes. */
    public static Packet icmpError(IpAddress src, Packet offending, int type, int code) {
        Packet p = icmp(src, offending.src(), type, code, 0);
        return new Packet(p.src, p.dst, p.protocol, 0, 0, 0, type, code, null, null, 0, 56 + offending.length / 8, offending);
    }

    /** {@link Family#IP} for IPv4, {@link Family#IP6} for IPv6. */
    public Family family() {
        return src.v6() ? Family.IP6 : Family.IP;
    }

    public boolean v6() {
        return src.v6();
    }

    public Packet withIif(String name) {
        return new Packet(src, dst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, name, oif, mark, length, quoted, srcMac);
    }

    public Packet withOif(String name) {
        return new Packet(src, dst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, iif, name, mark, length, quoted, srcMac);
    }

    public Packet withMark(long value) {
        return new Packet(src, dst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, iif, oif, value, length, quoted, srcMac);
    }

    public Packet withAddresses(IpAddress newSrc, IpAddress newDst) {
        return new Packet(newSrc, newDst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, iif, oif, mark, length, quoted, srcMac);
    }

    public Packet withPorts(int newSport, int newDport) {
        return new Packet(src, dst, protocol, newSport, newDport, tcpFlags, icmpType, icmpCode, iif, oif, mark, length, quoted, srcMac);
    }

    /** The packet as it arrived in a frame from {@code mac} (null: not known). */
    public Packet withSrcMac(MacAddress mac) {
        return new Packet(src, dst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, iif, oif, mark, length, quoted, mac);
    }

    /** An ICMP error with its quoted packet replaced. */
    public Packet withQuoted(Packet inner) {
        return new Packet(src, dst, protocol, sport, dport, tcpFlags, icmpType, icmpCode, iif, oif, mark, length, inner, srcMac);
    }

    /** {@code ADDR:PORT} of the source; IPv6 addresses in brackets. */
    public String from() {
        return endpoint(src, sport);
    }

    public String to() {
        return endpoint(dst, dport);
    }

    private String endpoint(IpAddress a, int port) {
        String addr = a.v6() ? "[" + a + "]" : a.toString();
        return IpProto.hasPorts(protocol) ? addr + ":" + port : addr;
    }

    @Override
    public String toString() {
        String what = switch (protocol) {
            case IpProto.TCP -> "tcp " + TcpFlags.describe(tcpFlags);
            case IpProto.ICMP, IpProto.ICMPV6 -> IpProto.name(protocol) + " type " + icmpType + " code " + icmpCode;
            default -> IpProto.name(protocol);
        };
        return what + " " + from() + " -> " + to();
    }
}
