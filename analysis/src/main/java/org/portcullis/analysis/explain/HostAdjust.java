package org.portcullis.analysis.explain;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.InterfaceAddress;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.engine.host.PortRange;
import org.portcullis.engine.host.Route;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/** Variations of a host model an explanation asks for; the host itself is never changed. */
public final class HostAdjust {
    private HostAdjust() {
    }

    public static Host withPortRange(Host host, PortRange range) {
        return new Host(host.name(), host.interfaces(), host.routes(), range, host.forwarding());
    }

    /** The host with {@code address} added to interface {@code name}. */
    public static Host withAddress(Host host, String name, InterfaceAddress address) {
        requireInterface(host, name);
        List<NetInterface> ifaces = new ArrayList<>();
        for (NetInterface i : host.interfaces()) {
            if (i.name().equals(name)) {
                List<InterfaceAddress> addrs = new ArrayList<>(i.addresses());
                addrs.add(address);
                ifaces.add(new NetInterface(i.name(), addrs, i.linkType(), i.mac()));
            } else {
                ifaces.add(i);
            }
        }
        return new Host(host.name(), ifaces, host.routes(), host.localPorts(), host.forwarding());
    }

    /** Throws INVALID_INTERFACE when the host has no interface {@code name}. */
    public static void requireInterface(Host host, String name) {
        if (host.iface(name) == null) {
            throw new FirewallException(ErrorCode.INVALID_INTERFACE, "host " + host.name() + " has no interface " + name);
        }
    }

    /**
     * The host with packets to {@code dst} leaving by {@code oif}, as a socket bound to that interface
     * sends them; unchanged when its routes already choose {@code oif}. Adds a note when they do not.
     */
    public static Host pinned(Host host, IpAddress dst, String oif, List<String> notes) {
        requireInterface(host, oif);
        String routed = host.route(dst).map(r -> r.dev()).orElse(null);
        if (oif.equals(routed)) {
            return host;
        }
        notes.add("sent by " + oif + " as asked; the host's routes would send it "
                + (routed == null ? "nowhere (no route)" : "by " + routed));
        List<Route> routes = new ArrayList<>();
        routes.add(new Route(new IpPrefix(dst, dst.bits()), null, oif, 0, null));
        routes.addAll(host.routes());
        return new Host(host.name(), host.interfaces(), routes, host.localPorts(), host.forwarding());
    }
}
