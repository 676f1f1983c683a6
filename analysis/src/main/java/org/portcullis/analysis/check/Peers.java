package org.portcullis.analysis.check;

import java.util.Comparator;
import java.util.List;

import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.InterfaceAddress;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/**
 * The two ends of a played connection on one interface: the host's own address there, and a peer reached by
 * it. The peer is a documentation address beyond the host's routes (192.0.2.10, 2001:db8:ffff::10) when the
 * host routes it by that interface, as most traffic is, otherwise a neighbour in the interface's own network.
 */
final class Peers {
    static final IpAddress REMOTE4 = IpAddress.parse("192.0.2.10");
    static final IpAddress REMOTE6 = IpAddress.parse("2001:db8:ffff::10");
    private static final IpPrefix LINK_LOCAL4 = IpPrefix.parse("169.254.0.0/16");
    private static final IpPrefix LINK_LOCAL6 = IpPrefix.parse("fe80::/10");

    private Peers() {
    }

    /** The host's address of the family on {@code iface}, a global one before a link-local one; null when none. */
    static InterfaceAddress local(Host host, String iface, boolean v6) {
        return addresses(host, iface, v6).stream().findFirst().orElse(null);
    }

    /** A peer the host reaches by {@code iface}; null when there is none. */
    static IpAddress peer(Host host, String iface, boolean v6) {
        IpAddress remote = v6 ? REMOTE6 : REMOTE4;
        if (!host.isLocal(remote) && host.route(remote).map(RouteChoice::dev).filter(iface::equals).isPresent()) {
            return remote;
        }
        for (InterfaceAddress ia : addresses(host, iface, v6)) {
            IpAddress neighbour = neighbour(host, ia);
            if (neighbour != null) {
                return neighbour;
            }
        }
        return null;
    }

    private static List<InterfaceAddress> addresses(Host host, String iface, boolean v6) {
        NetInterface i = host.iface(iface);
        if (i == null) {
            return List.of();
        }
        return i.addresses().stream().filter(a -> a.address().v6() == v6)
                .sorted(Comparator.comparing(a -> linkLocal(a.address()))).toList();
    }

    static boolean linkLocal(IpAddress a) {
        return a.v6() ? LINK_LOCAL6.contains(a) : LINK_LOCAL4.contains(a);
    }

    /** The first address of the interface's network that is not the host's, nor the network's own or broadcast. */
    private static IpAddress neighbour(Host host, InterfaceAddress ia) {
        int hostBits = ia.address().bits() - ia.prefixLength();
        if (hostBits < 2) {
            return null;
        }
        long usable = hostBits >= 8 ? 254 : (1L << hostBits) - 2;
        IpAddress net = ia.address().masked(ia.prefixLength());
        for (long k = 1; k <= Math.min(usable, 8); k++) {
            IpAddress candidate = new IpAddress(net.v6(), net.hi(), net.v6() ? net.lo() + k : (net.lo() + k) & 0xffffffffL);
            if (!host.isLocal(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
