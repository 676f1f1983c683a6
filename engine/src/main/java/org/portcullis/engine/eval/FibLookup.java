package org.portcullis.engine.eval;

import java.util.Optional;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.host.FibEntry;
import org.portcullis.engine.host.FibTable;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.engine.host.RouteType;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;

/**
 * The {@code fib} expression, answered from the host's routing tables as the kernel's nft_fib_ipv4 and
 * nft_fib_ipv6 answer it. {@code oif}/{@code oifname}: the device of the route to the chosen address
 * ({@code saddr}: a reverse-path lookup), none when there is no route, when the route is local (or, for
 * IPv6, anycast), or when {@code iif}/{@code oif} is given and the route leads elsewhere; packets that came
 * over the loopback in prerouting (and IPv6 neighbour discovery from the unspecified address to a
 * link-local one) pass as their own input interface. {@code type}: the address type. The {@code mark}
 * flag only selects policy routing rules, which the host model does not have.
 */
final class FibLookup {
    private static final IpPrefix V6_LINK_LOCAL = IpPrefix.parse("fe80::/10");
    private static final IpPrefix V6_MULTICAST = IpPrefix.parse("ff00::/8");
    private static final IpPrefix V6_MAPPED = IpPrefix.parse("::ffff:0.0.0.0/96");
    private static final IpPrefix V4_ZERONET = IpPrefix.parse("0.0.0.0/8");
    private static final IpPrefix V4_LOCAL_MULTICAST = IpPrefix.parse("224.0.0.0/24");
    private static final IpAddress V4_BROADCAST = IpAddress.parse("255.255.255.255");
    private static final IpAddress V6_ANY = IpAddress.parse("::");

    private record Flags(boolean daddr, boolean iif, boolean oif) {
    }

    private FibLookup() {
    }

    static Value of(Expr.Fib f, EvalContext ctx) {
        Host host = ctx.host();
        if (host == null) {
            return new Value.Unknown("no host model to look " + text(f) + " up in");
        }
        boolean saddr = f.flags().contains("saddr");
        Flags flags = new Flags(f.flags().contains("daddr"), f.flags().contains("iif"), f.flags().contains("oif"));
        if (saddr == flags.daddr() || flags.iif() && flags.oif()) {
            return new Value.Unknown(text(f) + " is refused by the kernel");
        }
        Packet p = ctx.packet();
        return switch (f.result()) {
            case "oif", "oifname" -> flags.oif() ? new Value.Unknown(text(f) + " is refused by the kernel")
                    : new Value.Name(p.v6() ? device6(p, flags, ctx, host) : device4(p, flags, ctx, host));
            case "type" -> new Value.Num((p.v6() ? type6(p, flags, host) : type4(p, flags, host)).rtn(), Symbols.FIB_TYPE);
            default -> new Value.Unknown(text(f) + " is not modelled");
        };
    }

    private static String device4(Packet p, Flags flags, EvalContext ctx, Host host) {
        String in = name(p.iif());
        String restrict = device(flags.oif() ? p.oif() : flags.iif() ? p.iif() : null);
        if (ctx.hook() == Hook.PREROUTING && loopback(in, host)) {
            return in;
        }
        if (V4_ZERONET.contains(p.src()) && (p.dst().equals(V4_BROADCAST) || V4_LOCAL_MULTICAST.contains(p.dst()))) {
            return in.isEmpty() ? name(p.oif()) : in;
        }
        Optional<FibEntry> route = host.fib().lookup(flags.daddr() ? p.dst() : p.src(), null);
        if (route.isEmpty() || route.get().type() == RouteType.LOCAL) {
            return "";
        }
        return restrict == null || route.get().dev().equals(restrict) ? route.get().dev() : "";
    }

    private static String device6(Packet p, Flags flags, EvalContext ctx, Host host) {
        String in = name(p.iif());
        String restrict = device(flags.iif() ? p.iif() : flags.oif() ? p.oif() : null);
        if (ctx.hook() == Hook.PREROUTING && (loopback(in, host) || neighbourDiscovery(p))) {
            return in;
        }
        IpAddress target = flags.daddr() ? p.dst() : p.src();
        Optional<FibEntry> route = host.fib().lookup(target, bound(target, restrict, p));
        if (route.isEmpty() || route.get().type() == RouteType.LOCAL || route.get().type() == RouteType.ANYCAST) {
            return "";
        }
        return restrict == null || route.get().dev().equals(restrict) ? route.get().dev() : "";
    }

    private static RouteType type4(Packet p, Flags flags, Host host) {
        String dev = device(flags.iif() ? p.iif() : flags.oif() ? p.oif() : null);
        return host.fib().addressType4(flags.daddr() ? p.dst() : p.src(), dev);
    }

    private static RouteType type6(Packet p, Flags flags, Host host) {
        String dev = device(flags.iif() ? p.iif() : flags.oif() ? p.oif() : null);
        IpAddress target = flags.daddr() ? p.dst() : p.src();
        FibTable fib = host.fib();
        RouteType found = dev != null && fib.onInterface(target, dev) ? RouteType.LOCAL : null;
        Optional<FibEntry> route = fib.lookup(target, bound(target, dev, p));
        if (route.isEmpty()) {
            return RouteType.UNREACHABLE;
        }
        FibEntry r = route.get();
        if (r.type() == RouteType.ANYCAST
                || r.destination().length() < 127 && !r.gateway() && r.destination().address().equals(target)) {
            found = RouteType.ANYCAST;
        } else if (dev == null && r.type() == RouteType.LOCAL) {
            found = RouteType.LOCAL;
        }
        if (found != null) {
            return found;
        }
        if (V6_MULTICAST.contains(target)) {
            return RouteType.MULTICAST;
        }
        return target.equals(V6_ANY) || V6_MAPPED.contains(target) ? RouteType.UNSPEC : RouteType.UNICAST;
    }

    /** An IPv6 lookup of a link-local address is bound to {@code dev}, or to the packet's own device. */
    private static String bound(IpAddress target, String dev, Packet p) {
        if (!V6_LINK_LOCAL.contains(target)) {
            return null;
        }
        return dev != null ? dev : p.iif() != null ? p.iif() : p.oif();
    }

    private static boolean neighbourDiscovery(Packet p) {
        return p.protocol() == IpProto.ICMPV6 && p.src().equals(V6_ANY) && V6_LINK_LOCAL.contains(p.dst());
    }

    private static boolean loopback(String in, Host host) {
        NetInterface i = in.isEmpty() ? null : host.iface(in);
        return in.equals("lo") || i != null && i.loopback();
    }

    /** A device the hook has, or null. */
    private static String device(String ifname) {
        return ifname == null || ifname.isEmpty() ? null : ifname;
    }

    private static String name(String ifname) {
        return ifname == null ? "" : ifname;
    }

    private static String text(Expr.Fib f) {
        return "fib " + String.join(" . ", f.flags()) + " " + f.result();
    }
}
