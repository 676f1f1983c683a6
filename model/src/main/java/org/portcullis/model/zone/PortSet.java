package org.portcullis.model.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * Port lists that coalesce as firewalld's do: a port inside a listed range is already enabled, an added
 * range swallows the ranges it overlaps, and removing part of a range leaves the rest.
 */
final class PortSet {
    private PortSet() {
    }

    static List<Port> add(List<Port> ports, Port port, String owner) {
        List<Port> out = new ArrayList<>();
        PortRange merged = port.range();
        for (Port p : ports) {
            if (p.protocol() == port.protocol() && p.range().contains(port.range())) {
                throw new FirewallException(ErrorCode.ALREADY_ENABLED,
                        Items.quoted(port.id()) + " already in " + Items.quoted(owner));
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Port p : ports) {
                if (p.protocol() == port.protocol() && p.range().overlaps(merged) && !merged.contains(p.range())) {
                    merged = merged.union(p.range());
                    grew = true;
                }
            }
        }
        for (Port p : ports) {
            if (p.protocol() != port.protocol() || !merged.contains(p.range())) {
                out.add(p);
            }
        }
        out.add(new Port(merged, port.protocol()));
        return List.copyOf(out);
    }

    static List<Port> remove(List<Port> ports, Port port, String owner) {
        boolean found = ports.stream()
                .anyMatch(p -> p.protocol() == port.protocol() && p.range().contains(port.range()));
        if (!found) {
            throw new FirewallException(ErrorCode.NOT_ENABLED,
                    Items.quoted(port.id()) + " not in " + Items.quoted(owner));
        }
        List<Port> out = new ArrayList<>();
        List<Port> rests = new ArrayList<>();
        PortRange cut = port.range();
        for (Port p : ports) {
            PortRange r = p.range();
            if (p.protocol() != port.protocol() || r.high() < cut.low() || r.low() > cut.high()) {
                out.add(p);
                continue;
            }
            if (r.low() < cut.low()) {
                rests.add(new Port(new PortRange(r.low(), cut.low() - 1), p.protocol()));
            }
            if (r.high() > cut.high()) {
                rests.add(new Port(new PortRange(cut.high() + 1, r.high()), p.protocol()));
            }
        }
        out.addAll(rests);
        return List.copyOf(out);
    }

    static boolean contains(List<Port> ports, Port port) {
        return ports.stream().anyMatch(p -> p.protocol() == port.protocol() && p.range().contains(port.range()));
    }
}
