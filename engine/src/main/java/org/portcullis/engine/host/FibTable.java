package org.portcullis.engine.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/**
 * The host's routing tables as the kernel's FIB holds them: the local table (the host's own addresses, the
 * IPv4 broadcast address of each connected network, the IPv6 subnet-router anycast address of each
 * connected network when the host forwards, IPv6 multicast), searched first, then the main table
 * (connected networks, {@code fe80::/64} on every interface with IPv6, and the configured routes) by longest
 * prefix, then lowest metric. Policy routing rules and route types other than unicast are not modelled.
 */
public final class FibTable {
    private static final IpPrefix LINK_LOCAL = IpPrefix.parse("fe80::/64");
    private static final IpPrefix V6_MULTICAST = IpPrefix.parse("ff00::/8");
    private static final IpPrefix V4_MULTICAST = IpPrefix.parse("224.0.0.0/4");
    private static final IpPrefix V4_ZERONET = IpPrefix.parse("0.0.0.0/8");
    private static final IpAddress LIMITED_BROADCAST = IpAddress.parse("255.255.255.255");

    private record Candidate(FibEntry entry, int metric) {
    }

    private final Host host;

    public FibTable(Host host) {
        this.host = host;
    }

    /**
     * The route to {@code dst}; with {@code dev}, only routes through that device (an IPv6 lookup of a
     * link-local address is bound to an interface). Empty when there is none.
     */
    public Optional<FibEntry> lookup(IpAddress dst, String dev) {
        Optional<FibEntry> local = best(local(dst.v6()), dst, dev);
        return local.isPresent() ? local : best(main(dst.v6()), dst, dev);
    }

    /**
     * The type of an IPv4 address as {@code inet_dev_addr_type} gives it: broadcast for 0.0.0.0/8 and
     * 255.255.255.255, multicast for 224.0.0.0/4, otherwise the type of the local table's route when that
     * route belongs to {@code dev} (or {@code dev} is null), otherwise unicast.
     */
    public RouteType addressType4(IpAddress a, String dev) {
        if (V4_ZERONET.contains(a) || a.equals(LIMITED_BROADCAST)) {
            return RouteType.BROADCAST;
        }
        if (V4_MULTICAST.contains(a)) {
            return RouteType.MULTICAST;
        }
        return best(local(false), a, null)
                .filter(e -> dev == null || e.dev().equals(dev))
                .map(FibEntry::type).orElse(RouteType.UNICAST);
    }

    /** True when {@code a} is an address configured on interface {@code dev}. */
    public boolean onInterface(IpAddress a, String dev) {
        NetInterface i = host.iface(dev);
        return i != null && i.addresses().stream().anyMatch(ia -> ia.address().equals(a));
    }

    private static Optional<FibEntry> best(List<Candidate> candidates, IpAddress dst, String dev) {
        return candidates.stream()
                .filter(c -> c.entry().destination().contains(dst))
                .filter(c -> dev == null || c.entry().dev().equals(dev))
                .min(Comparator.comparingInt((Candidate c) -> -c.entry().destination().length())
                        .thenComparingInt(Candidate::metric))
                .map(Candidate::entry);
    }

    private List<Candidate> local(boolean v6) {
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate(new FibEntry(RouteType.LOCAL, "lo", v6 ? Host.LOOPBACK6 : Host.LOOPBACK4, false), 0));
        for (NetInterface i : host.interfaces()) {
            for (InterfaceAddress ia : i.addresses()) {
                IpAddress a = ia.address();
                if (a.v6() != v6) {
                    continue;
                }
                IpPrefix own = i.loopback() && !v6 ? ia.network() : IpPrefix.host(a);
                out.add(new Candidate(new FibEntry(RouteType.LOCAL, i.name(), own, false), 0));
                if (!v6 && ia.prefixLength() < 31) {
                    IpPrefix broadcast = IpPrefix.host(IpAddress.v4((int) (a.lo() | (0xffffffffL >>> ia.prefixLength()))));
                    out.add(new Candidate(new FibEntry(RouteType.BROADCAST, i.name(), broadcast, false), 0));
                }
                if (v6 && host.forwarding() && ia.prefixLength() < 127 && !i.loopback()) {
                    IpPrefix anycast = IpPrefix.host(ia.network().address());
                    out.add(new Candidate(new FibEntry(RouteType.ANYCAST, i.name(), anycast, false), 0));
                }
            }
            if (v6 && hasIpv6(i) && !i.loopback()) {
                out.add(new Candidate(new FibEntry(RouteType.MULTICAST, i.name(), V6_MULTICAST, false), 256));
            }
        }
        return out;
    }

    private List<Candidate> main(boolean v6) {
        List<Candidate> out = new ArrayList<>();
        for (Route r : host.routes()) {
            if (r.destination().address().v6() == v6) {
                out.add(new Candidate(new FibEntry(RouteType.UNICAST, r.dev(), r.destination(), r.gateway() != null), r.metric()));
            }
        }
        for (NetInterface i : host.interfaces()) {
            if (i.loopback()) {
                continue;
            }
            for (InterfaceAddress ia : i.addresses()) {
                if (ia.address().v6() == v6) {
                    out.add(new Candidate(new FibEntry(RouteType.UNICAST, i.name(), ia.network(), false), Integer.MAX_VALUE));
                }
            }
            if (v6 && hasIpv6(i)) {
                out.add(new Candidate(new FibEntry(RouteType.UNICAST, i.name(), LINK_LOCAL, false), Integer.MAX_VALUE));
            }
        }
        return out;
    }

    private static boolean hasIpv6(NetInterface i) {
        return i.addresses().stream().anyMatch(ia -> ia.address().v6());
    }
}
