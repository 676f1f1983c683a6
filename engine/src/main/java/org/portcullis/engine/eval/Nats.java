package org.portcullis.engine.eval;

import java.util.List;
import java.util.Locale;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.Manip;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.InterfaceAddress;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Stmt;

/**
 * What nat statements translate a flow to. snat and dnat take the address and port they name (the lowest
 * of a range: the kernel picks within it by a hash of the flow); masquerade takes the address the outgoing
 * interface has in the next hop's network, else its first address (the first of any interface when it has
 * none); redirect takes 127.0.0.1 or ::1 for the host's own packets and otherwise the input interface's
 * first address (for IPv6, its first of the destination's scope). A port is kept unless one is named, for
 * protocols with ports.
 */
public final class Nats {
    private static final IpPrefix V4_HOST_SCOPE = IpPrefix.parse("127.0.0.0/8");
    private static final IpPrefix V6_LINK_LOCAL = IpPrefix.parse("fe80::/10");

    private Nats() {
    }

    /** Which end a statement translates: the source for snat and masquerade, the destination otherwise. */
    public static Manip manip(Stmt.NatKind kind) {
        return kind == Stmt.NatKind.SNAT || kind == Stmt.NatKind.MASQUERADE ? Manip.SRC : Manip.DST;
    }

    /** The hooks the kernel accepts a statement of this kind in. */
    public static List<Hook> hooks(Stmt.NatKind kind) {
        return switch (kind) {
            case SNAT -> List.of(Hook.POSTROUTING, Hook.INPUT);
            case MASQUERADE -> List.of(Hook.POSTROUTING);
            case DNAT, REDIRECT -> List.of(Hook.PREROUTING, Hook.OUTPUT);
        };
    }

    /** False for a statement of an inet table limited to the other family ({@code dnat ip to ...}): it does nothing. */
    static boolean appliesTo(Stmt.Nat n, Packet p) {
        return n.family() == null || n.family().equals(p.v6() ? "ip6" : "ip");
    }

    static String describe(Stmt.Nat n) {
        String kind = n.kind().name().toLowerCase(Locale.ROOT);
        String to = (n.addr() == null ? "" : " to " + text(n.addr())) + (n.port() == null ? "" : " port " + text(n.port()));
        return kind + to;
    }

    private static String text(Expr e) {
        return switch (e) {
            case Expr.Num n -> Long.toString(n.value());
            case Expr.Str s -> s.value();
            case Expr.Prefix p -> p.prefix().toString();
            case Expr.Payload p -> p.protocol() + " " + p.field();
            case Expr.Meta m -> "meta " + m.key();
            case Expr.Ct c -> "ct " + c.key();
            case Expr.Range r -> text(r.lo()) + "-" + text(r.hi());
            case Expr.SetLit s -> s.elements().toString();
            case Expr.SetRef r -> "@" + r.name();
            case Expr.And a -> text(a.left()) + " & " + text(a.mask());
            case Expr.Or o -> text(o.left()) + " | " + text(o.right());
            case Expr.Xor x -> text(x.left()) + " ^ " + text(x.right());
            case Expr.Fib f -> "fib " + String.join(" . ", f.flags()) + " " + f.result();
            case Expr.Bool b -> b.value() ? "exists" : "missing";
            case Expr.TcpOption t -> "tcp option " + t.name() + " " + t.field();
            case Expr.Rt r -> "rt " + r.key();
            case Expr.Unknown u -> u.raw();
        };
    }

    /** Where the statement translates the packet's flow, or null when its address or port is not modelled. */
    static NatTarget target(Stmt.Nat n, EvalContext ctx) {
        Packet p = ctx.packet();
        Manip manip = manip(n.kind());
        int[] ports = n.port() == null ? new int[] {-1, -1} : ports(n.port());
        if (ports == null) {
            return null;
        }
        int port = IpProto.hasPorts(p.protocol()) ? ports[0] : -1;
        StringBuilder notes = new StringBuilder();
        if (ports[1] > ports[0] && port >= 0) {
            notes.append("the kernel picks the port within ").append(ports[0]).append('-').append(ports[1])
                    .append(" by a hash of the flow; the lowest is shown. ");
        }
        IpAddress address;
        if (n.addr() != null) {
            IpAddress[] range = addresses(n.addr(), p.v6());
            if (range == null) {
                return null;
            }
            address = range[0];
            if (!range[1].equals(range[0])) {
                notes.append("the kernel picks the address within ").append(range[0]).append('-').append(range[1])
                        .append(" by a hash of the flow; the lowest is shown. ");
            }
        } else {
            Host host = ctx.host();
            if (n.kind() == Stmt.NatKind.SNAT || n.kind() == Stmt.NatKind.DNAT) {
                address = null;
            } else if (host == null) {
                return null;
            } else if (n.kind() == Stmt.NatKind.MASQUERADE) {
                address = masquerade(p, host);
                if (address == null) {
                    return NatTarget.drop(manip, "masquerade: " + p.oif() + " has no " + (p.v6() ? "IPv6" : "IPv4") + " address");
                }
            } else {
                address = redirect(p, ctx.hook(), host);
                if (address == null) {
                    return NatTarget.drop(manip, "redirect: " + p.iif() + " has no " + (p.v6() ? "IPv6" : "IPv4")
                            + " address to redirect to");
                }
            }
        }
        return new NatTarget(manip, address, port, null, notes.isEmpty() ? null : notes.toString().trim());
    }

    private static int[] ports(Expr e) {
        Long lo = e instanceof Expr.Range r ? Constants.number(r.lo(), Symbols.NONE) : Constants.number(e, Symbols.NONE);
        Long hi = e instanceof Expr.Range r ? Constants.number(r.hi(), Symbols.NONE) : lo;
        return lo == null || hi == null ? null : new int[] {lo.intValue(), hi.intValue()};
    }

    private static IpAddress[] addresses(Expr e, boolean v6) {
        IpAddress lo = e instanceof Expr.Range r ? Constants.address(r.lo()) : Constants.address(e);
        IpAddress hi = e instanceof Expr.Range r ? Constants.address(r.hi()) : lo;
        return lo == null || hi == null || lo.v6() != v6 || hi.v6() != v6 ? null : new IpAddress[] {lo, hi};
    }

    private static IpAddress masquerade(Packet p, Host host) {
        NetInterface out = p.oif() == null ? null : host.iface(p.oif());
        if (p.v6()) {
            IpAddress chosen = host.route(p.dst()).map(RouteChoice::source).orElse(null);
            return chosen != null ? chosen : out == null ? null : first(out, true, false);
        }
        IpAddress hop = host.route(p.dst()).map(r -> r.gateway() != null ? r.gateway() : p.dst()).orElse(p.dst());
        if (out != null) {
            for (InterfaceAddress ia : out.addresses()) {
                if (!ia.address().v6() && !V4_HOST_SCOPE.contains(ia.address()) && ia.network().contains(hop)) {
                    return ia.address();
                }
            }
            IpAddress any = first(out, false, false);
            if (any != null) {
                return any;
            }
        }
        for (NetInterface i : host.interfaces()) {
            IpAddress any = first(i, false, false);
            if (any != null) {
                return any;
            }
        }
        return null;
    }

    private static IpAddress redirect(Packet p, Hook hook, Host host) {
        if (hook == Hook.OUTPUT) {
            return IpAddress.parse(p.v6() ? "::1" : "127.0.0.1");
        }
        NetInterface in = p.iif() == null ? null : host.iface(p.iif());
        if (in == null) {
            return null;
        }
        if (!p.v6()) {
            return in.addresses().stream().map(InterfaceAddress::address).filter(a -> !a.v6()).findFirst().orElse(null);
        }
        return first(in, true, V6_LINK_LOCAL.contains(p.dst()));
    }

    /** The interface's first address of the family outside host scope; for IPv6, link-local or not as asked. */
    private static IpAddress first(NetInterface i, boolean v6, boolean linkLocal) {
        for (InterfaceAddress ia : i.addresses()) {
            IpAddress a = ia.address();
            if (a.v6() != v6 || V4_HOST_SCOPE.contains(a) || v6 && (a.equals(IpAddress.parse("::1"))
                    || V6_LINK_LOCAL.contains(a) != linkLocal)) {
                continue;
            }
            return a;
        }
        return null;
    }
}
