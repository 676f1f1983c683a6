package org.portcullis.engine.eval;

import org.portcullis.engine.MacAddress;
import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.engine.host.RouteType;
import org.portcullis.model.net.IpAddress;

/**
 * The Ethernet header of the frame a packet arrived in. In ip, ip6 and inet tables nft guards every
 * {@code ether} match with {@code meta iiftype ether} (not shown when the ruleset is listed), so it holds
 * only on the input path, on an Ethernet interface: never for the host's own packets nor over the
 * loopback. A forwarded packet keeps the header it arrived with. The frame was addressed to the input
 * interface's own address unless the packet went to a multicast or broadcast address; its source is the
 * sender's address, which only the packet can tell.
 */
final class LinkLayer {
    static final long ARPHRD_ETHER = 1;
    static final long ARPHRD_LOOPBACK = 772;
    static final long ARPHRD_NONE = 0xfffe;
    static final long PACKET_HOST = 0;
    static final long PACKET_BROADCAST = 1;
    static final long PACKET_MULTICAST = 2;

    private LinkLayer() {
    }

    static Value ether(String field, EvalContext ctx) {
        Packet p = ctx.packet();
        Value type = interfaceType(p.iif(), ctx.host());
        if (!(type instanceof Value.Num n)) {
            return type instanceof Value.Absent a ? new Value.Absent(a.why() + ": a link-layer header is matched on the input path only") : type;
        }
        if (n.value() != ARPHRD_ETHER) {
            return new Value.Absent(p.iif() + " is not an Ethernet interface");
        }
        return switch (field) {
            case "saddr" -> p.srcMac() != null ? new Value.Mac(p.srcMac())
                    : new Value.Unknown("the source MAC address of the frame is not known; the sender's MAC decides");
            case "daddr" -> destination(p, ctx);
            case "type" -> new Value.Num(p.v6() ? 0x86dd : 0x0800, Symbols.ETHERTYPE);
            default -> new Value.Unknown("payload ether " + field + " is not modelled");
        };
    }

    /** {@code meta iiftype}/{@code oiftype}: the ARP hardware type of an interface. */
    static Value interfaceType(String ifname, Host host) {
        if (ifname == null) {
            return new Value.Absent("no such interface on this hook");
        }
        NetInterface i = host == null ? null : host.iface(ifname);
        if (i == null && !ifname.equals("lo") || i != null && i.linkType() == null) {
            return new Value.Unknown("the link type of interface " + ifname + " is not known");
        }
        String type = i == null ? NetInterface.LOOPBACK : i.linkType();
        return new Value.Num(switch (type) {
            case NetInterface.ETHER -> ARPHRD_ETHER;
            case NetInterface.LOOPBACK -> ARPHRD_LOOPBACK;
            case "none" -> ARPHRD_NONE;
            default -> -1;
        }, Symbols.ARPHRD);
    }

    /**
     * {@code meta pkttype}: what the frame a packet arrived in was sent to. The host's own packets are
     * {@code host} until they loop back. An arriving packet reached IP only if its frame was for this host:
     * to a multicast group, to the broadcast address, or else to the interface itself ({@code host}); a
     * forwarded packet keeps that type, and so does a packet looped back over {@code lo}.
     */
    static Value packetType(EvalContext ctx) {
        Packet p = ctx.packet();
        if (p.iif() == null) {
            return new Value.Num(PACKET_HOST, Symbols.PKTTYPE);
        }
        IpAddress dst = wireDestination(p, ctx.ct());
        if (MacAddress.multicast(dst) != null) {
            return new Value.Num(PACKET_MULTICAST, Symbols.PKTTYPE);
        }
        boolean broadcast = !dst.v6() && ctx.host() != null
                && ctx.host().fib().addressType4(dst, p.iif()) == RouteType.BROADCAST;
        return new Value.Num(broadcast ? PACKET_BROADCAST : PACKET_HOST, Symbols.PKTTYPE);
    }

    private static Value destination(Packet p, EvalContext ctx) {
        IpAddress dst = wireDestination(p, ctx.ct());
        MacAddress group = MacAddress.multicast(dst);
        if (group != null) {
            return new Value.Mac(group);
        }
        if (!dst.v6() && ctx.host().fib().addressType4(dst, p.iif()) == RouteType.BROADCAST) {
            return new Value.Mac(MacAddress.BROADCAST);
        }
        MacAddress own = ctx.host().iface(p.iif()).mac();
        return own != null ? new Value.Mac(own) : new Value.Unknown("the MAC address of interface " + p.iif() + " is not known");
    }

    /** The destination the packet had when it arrived, before any nat. */
    private static IpAddress wireDestination(Packet p, CtResult ct) {
        if (ct == null || ct.entry() == null || ct.direction() == null || ct.state() == CtState.RELATED) {
            return p.dst();
        }
        return ct.direction() == CtDirection.ORIGINAL ? ct.entry().original().dst() : ct.entry().reply().dst();
    }
}
