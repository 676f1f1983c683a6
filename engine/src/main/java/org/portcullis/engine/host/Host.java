package org.portcullis.engine.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/** A host: its interfaces, routes, ephemeral port range and whether it forwards packets. */
public record Host(String name, List<NetInterface> interfaces, List<Route> routes, PortRange localPorts,
                   boolean forwarding) {
    static final IpPrefix LOOPBACK4 = IpPrefix.parse("127.0.0.0/8");
    static final IpPrefix LOOPBACK6 = IpPrefix.parse("::1/128");

    public Host {
        interfaces = List.copyOf(interfaces);
        routes = List.copyOf(routes);
    }

    /** True when {@code a} is one of this host's addresses (loopback included). */
    public boolean isLocal(IpAddress a) {
        if (LOOPBACK4.contains(a) || LOOPBACK6.contains(a)) {
            return true;
        }
        return interfaces.stream().flatMap(i -> i.addresses().stream()).anyMatch(ia -> ia.address().equals(a));
    }

    /** The route a packet to {@code dst} takes: longest prefix, then lowest metric; connected networks included. */
    public Optional<RouteChoice> route(IpAddress dst) {
        if (isLocal(dst)) {
            return Optional.of(new RouteChoice("lo", null, dst, true));
        }
        List<Route> candidates = new ArrayList<>(routes);
        for (NetInterface i : interfaces) {
            for (InterfaceAddress ia : i.addresses()) {
                candidates.add(new Route(ia.network(), null, i.name(), Integer.MAX_VALUE, ia.address()));
            }
        }
        return candidates.stream()
                .filter(r -> r.destination().contains(dst))
                .min(Comparator.comparingInt((Route r) -> -r.destination().length()).thenComparingInt(Route::metric))
                .map(r -> new RouteChoice(r.dev(), r.gateway(), r.source() != null ? r.source() : source(r.dev(), dst), false));
    }

    private IpAddress source(String dev, IpAddress dst) {
        IpAddress fallback = null;
        for (NetInterface i : interfaces) {
            for (InterfaceAddress ia : i.addresses()) {
                if (ia.address().v6() != dst.v6() || LOOPBACK4.contains(ia.address()) || LOOPBACK6.contains(ia.address())) {
                    continue;
                }
                if (i.name().equals(dev)) {
                    return ia.address();
                }
                if (fallback == null) {
                    fallback = ia.address();
                }
            }
        }
        return fallback;
    }

    /** The host's routing tables as FIB lookups (the {@code fib} expression) see them. */
    public FibTable fib() {
        return new FibTable(this);
    }

    public NetInterface iface(String ifname) {
        return interfaces.stream().filter(i -> i.name().equals(ifname)).findFirst().orElse(null);
    }
}
