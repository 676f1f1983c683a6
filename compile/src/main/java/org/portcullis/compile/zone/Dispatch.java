package org.portcullis.compile.zone;

import java.util.List;
import java.util.Map;

import org.portcullis.compile.Origin;
import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.nft.Stmt;

/**
 * Which zone a packet belongs to, in the {@code *_ZONES} chains: first the sources of all zones (zones by
 * name, each zone's sources in their order), then the interfaces (the last bound first; at start zones are
 * bound by name), then the default zone for everything else. Each rule jumps (goto) to the zone's chain of
 * that table. Also the accept rules of a zone that allows forwarding within itself.
 */
final class Dispatch {
    private Dispatch() {
    }

    /** {@code active}: the zones with bindings, by name; {@code defaultZone} may be null. */
    static void zones(TableDraft t, List<Zone> active, Zone defaultZone, Map<String, IpSet> ipsets) {
        for (Zone z : active) {
            for (ZoneSource src : z.sources()) {
                each(z, (s, h) -> t.add(h.dispatch("ZONES"), new Origin.FromZone(z.name(), "source " + src.text()),
                        List.of(Matches.address(src.text(), saddr(h) ? "saddr" : "daddr", false, ipsets),
                                Stmt.Verdict.goTo(s.chain(h)))));
            }
        }
        for (Zone z : active.reversed()) {
            for (String iface : z.interfaces().reversed()) {
                each(z, (s, h) -> t.add(h.dispatch("ZONES"), new Origin.FromZone(z.name(), "interface " + iface),
                        Matches.wildcard(iface).equals("*") ? List.of(Stmt.Verdict.goTo(s.chain(h)))
                                : List.of(Matches.ifname(saddr(h) ? "iifname" : "oifname", iface),
                                        Stmt.Verdict.goTo(s.chain(h)))));
            }
        }
        if (defaultZone != null) {
            each(defaultZone, (s, h) -> t.add(h.dispatch("ZONES"),
                    new Origin.FromZone(defaultZone.name(), "default zone"), List.of(Stmt.Verdict.goTo(s.chain(h)))));
        }
    }

    /** Each of the zone's scopes at each of its (table, chain) pairs. */
    private static void each(Zone z, java.util.function.BiConsumer<Scope, Hookpoint> action) {
        for (Scope s : Scope.ofZone(z)) {
            s.hookpoints(x -> false).forEach(h -> action.accept(s, h));
        }
    }

    /** Traffic enters the zone by its source address and input interface except in nat POSTROUTING. */
    private static boolean saddr(Hookpoint h) {
        return !h.chain().equals("POSTROUTING");
    }

    /** {@code oifname "eth0" accept} and {@code ip daddr 198.18.4.0/24 accept} when the zone forwards. */
    static void forward(TableDraft t, Zone z, Map<String, IpSet> ipsets) {
        if (!z.forward()) {
            return;
        }
        String allow = "filter_FWD_" + z.name() + "_allow";
        for (String iface : z.interfaces().stream().filter(i -> !Matches.wildcard(i).equals("*")).toList()) {
            t.add(allow, new Origin.FromZone(z.name(), "forward (interface " + iface + ")"),
                    List.of(Matches.ifname("oifname", iface), Stmt.Verdict.ACCEPT));
        }
        for (ZoneSource src : z.sources()) {
            t.add(allow, new Origin.FromZone(z.name(), "forward (source " + src.text() + ")"),
                    List.of(Matches.address(src.text(), "daddr", false, ipsets), Stmt.Verdict.ACCEPT));
        }
    }
}
