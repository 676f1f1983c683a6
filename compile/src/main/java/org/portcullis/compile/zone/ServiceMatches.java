package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.nft.Stmt;

/**
 * A service as the matches firewalld makes of it: the services it includes first, then for each of its
 * destinations (IPv4 before IPv6, or none) one match per port, protocol and source port. Conntrack helpers
 * are not modelled.
 */
final class ServiceMatches {
    /** One rule's worth: the service's destination address, if any, and the port or protocol match. */
    record ServiceMatch(Optional<Stmt> destination, Stmt match) {
    }

    private ServiceMatches() {
    }

    static List<ServiceMatch> of(String name, Map<String, Service> services, List<String> families) {
        List<ServiceMatch> out = new ArrayList<>();
        List<String> included = new ArrayList<>(List.of(name));
        add(name, services, families, included, out);
        return out;
    }

    private static void add(String name, Map<String, Service> services, List<String> families,
                            List<String> included, List<ServiceMatch> out) {
        Service s = services.get(name);
        if (s == null) {
            return;
        }
        for (String include : s.includes()) {
            if (!included.contains(include)) {
                included.add(include);
                add(include, services, families, included, out);
            }
        }
        List<Optional<Stmt>> destinations = new ArrayList<>();
        if (s.destinationIpv4().isEmpty() && s.destinationIpv6().isEmpty()) {
            destinations.add(Optional.empty());
        } else {
            if (families.contains(ListingForm.V4)) {
                s.destinationIpv4().ifPresent(a -> destinations.add(Optional.of(destination(a))));
            }
            if (families.contains(ListingForm.V6)) {
                s.destinationIpv6().ifPresent(a -> destinations.add(Optional.of(destination(a))));
            }
        }
        for (Optional<Stmt> d : destinations) {
            for (Port p : s.ports()) {
                out.add(new ServiceMatch(d, Matches.port(p.protocol().text(), "dport", p.range())));
            }
            for (String protocol : s.protocols()) {
                out.add(new ServiceMatch(d, Matches.l4proto(protocol)));
            }
            for (Port p : s.sourcePorts()) {
                out.add(new ServiceMatch(d, Matches.port(p.protocol().text(), "sport", p.range())));
            }
        }
    }

    private static Stmt destination(String address) {
        return Matches.address(address, "daddr", false, Map.of());
    }
}
