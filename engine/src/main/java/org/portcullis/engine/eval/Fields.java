package org.portcullis.engine.eval;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.conntrack.TcpState;
import org.portcullis.nft.Expr;

/** Reads the value a packet has for a payload (link, network, transport header), meta or ct expression. */
final class Fields {
    private Fields() {
    }

    static Value payload(Expr.Payload p, EvalContext ctx) {
        Packet pkt = ctx.packet();
        String proto = p.protocol();
        String field = p.field();
        return switch (proto) {
            case "ether" -> LinkLayer.ether(field, ctx);
            case "ip", "ip6" -> network(proto, field, pkt);
            case "tcp", "udp", "sctp", "udplite", "dccp", "th" -> transport(proto, field, pkt);
            case "icmp", "icmpv6" -> icmp(proto, field, pkt);
            default -> new Value.Unknown("payload " + proto + " " + field + " is not modelled");
        };
    }

    private static Value network(String proto, String field, Packet pkt) {
        if (pkt.v6() != proto.equals("ip6")) {
            return new Value.Absent("not an " + proto + " packet");
        }
        return switch (field) {
            case "saddr" -> new Value.Addr(pkt.src());
            case "daddr" -> new Value.Addr(pkt.dst());
            case "protocol", "nexthdr" -> new Value.Num(pkt.protocol(), Symbols.protocols());
            case "length", "payload_len" -> new Value.Num(pkt.length(), Symbols.NONE);
            default -> new Value.Unknown("payload " + proto + " " + field + " is not modelled");
        };
    }

    private static Value transport(String proto, String field, Packet pkt) {
        boolean fits = proto.equals("th") ? IpProto.hasPorts(pkt.protocol()) : IpProto.byName(proto) == pkt.protocol();
        if (!fits) {
            return new Value.Absent("not a " + proto + " packet");
        }
        return switch (field) {
            case "sport" -> new Value.Num(pkt.sport(), Symbols.NONE);
            case "dport" -> new Value.Num(pkt.dport(), Symbols.NONE);
            case "flags" -> proto.equals("tcp") ? new Value.Num(pkt.tcpFlags(), Symbols.TCP_FLAGS)
                    : new Value.Unknown("payload " + proto + " flags is not modelled");
            default -> new Value.Unknown("payload " + proto + " " + field + " is not modelled");
        };
    }

    private static Value icmp(String proto, String field, Packet pkt) {
        boolean v6 = proto.equals("icmpv6");
        if (pkt.protocol() != (v6 ? IpProto.ICMPV6 : IpProto.ICMP)) {
            return new Value.Absent("not an " + proto + " packet");
        }
        return switch (field) {
            case "type" -> new Value.Num(pkt.icmpType(), v6 ? Symbols.ICMPV6_TYPE : Symbols.ICMP_TYPE);
            case "code" -> new Value.Num(pkt.icmpCode(), v6 ? Symbols.ICMPV6_CODE : Symbols.ICMP_CODE);
            case "id" -> new Value.Num(pkt.sport(), Symbols.NONE);
            default -> new Value.Unknown("payload " + proto + " " + field + " is not modelled");
        };
    }

    static Value meta(Expr.Meta m, EvalContext ctx) {
        Packet pkt = ctx.packet();
        return switch (m.key()) {
            case "iifname", "iif" -> new Value.Name(pkt.iif() == null ? "" : pkt.iif());
            case "oifname", "oif" -> new Value.Name(pkt.oif() == null ? "" : pkt.oif());
            case "l4proto" -> new Value.Num(pkt.protocol(), Symbols.protocols());
            case "nfproto" -> new Value.Num(pkt.v6() ? 10 : 2, Symbols.NFPROTO);
            case "protocol" -> new Value.Num(pkt.v6() ? 0x86dd : 0x0800, Symbols.ETHERTYPE);
            case "mark" -> new Value.Num(pkt.mark(), Symbols.NONE);
            case "length" -> new Value.Num(pkt.length(), Symbols.NONE);
            case "iiftype" -> LinkLayer.interfaceType(pkt.iif(), ctx.host());
            case "oiftype" -> LinkLayer.interfaceType(pkt.oif(), ctx.host());
            case "pkttype" -> LinkLayer.packetType(ctx);
            default -> new Value.Unknown("meta " + m.key() + " is not modelled");
        };
    }

    static Value ct(Expr.Ct c, EvalContext ctx) {
        CtResult r = ctx.ct();
        if (c.key().equals("state")) {
            CtState s = r != null ? r.state() : ctx.notrack() ? CtState.UNTRACKED : CtState.INVALID;
            return new Value.Num(s.bit(), Symbols.CT_STATE);
        }
        if (c.dir() != null) {
            return new Value.Unknown("ct " + c.dir() + " " + c.key() + " is not modelled");
        }
        if (r == null || r.entry() == null) {
            return new Value.Absent("the packet has no conntrack entry");
        }
        return switch (c.key()) {
            case "mark" -> new Value.Num(r.entry().mark(), Symbols.NONE);
            case "direction" -> new Value.Num(r.direction() == CtDirection.ORIGINAL ? 0 : 1,
                    Symbols.CT_DIRECTION);
            case "status" -> new Value.Num(status(r), Symbols.CT_STATUS);
            default -> new Value.Unknown("ct " + c.key() + " is not modelled");
        };
    }

    private static long status(CtResult r) {
        long bits = 0;
        if (r.entry().seenReply()) {
            bits |= 2;
            TcpState t = r.entry().tcp();
            if (t == null || t == TcpState.ESTABLISHED) {
                bits |= 4;
            }
        }
        if (r.entry().confirmed()) {
            bits |= 8;
        }
        return bits | r.entry().natStatus();
    }
}
