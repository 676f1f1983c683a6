package org.portcullis.compile.zone;

import java.util.ArrayList;
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

    /** {@code zones} in the order firewalld applies them at start; {@code defaultZone} may be absent. */
    static void zones(TableDraft t, List<Zone> zones, Zone defaultZone, Map<String, IpSet> ipsets) {
        List<Zone> byName = zones.stream().sorted(java.util.Comparator.comparing(Zone::name)).toList();
        List<Zone> applied = new ArrayList<>(zones);
        for (Scope s : zonesScopes(byName)) {
            for (Hookpoint h : s.hookpoints(z -> false)) {
                String zonesChain = h.dispatch("ZONES");
                Zone z = byName.stream().filter(x -> x.name().equals(s.zone())).findFirst().orElseThrow();
                for (ZoneSource src : z.sources()) {
                    t.add(zonesChain, new Origin.FromZone(z.name(), "source " + src.text()), List.of(
                            Matches.address(src.text(), saddr(h) ? "saddr" : "daddr", false, ipsets),
                            Stmt.Verdict.goTo(s.chain(h))));
                }
            }
        }
        for (int i = applied.size() - 1; i >= 0; i--) {
            Zone z = applied.get(i);
            for (int j = z.interfaces().size() - 1; j >= 0; j--) {
                String iface = z.interfaces().get(j);
                for (Scope s : Scope.ofZone(z)) {
                    for (Hookpoint h : s.hookpoints(x -> false)) {
                        t.add(h.dispatch("ZONES"), new Origin.FromZone(z.name(), "interface " + iface), List.of(
                                Matches.ifname(saddr(h) ? "iifname" : "oifname", iface),
                                Stmt.Verdict.goTo(s.chain(h))));
                    }
                }
            }
        }
        if (defaultZone != null) {
            for (Scope s : Scope.ofZone(defaultZone)) {
                for (Hookpoint h : s.hookpoints(x -> false)) {
                    t.add(h.dispatch("ZONES"), new Origin.FromZone(defaultZone.name(), "default zone"),
                            List.of(Stmt.Verdict.goTo(s.chain(h))));
                }
            }
        }
    }

    private static List<Scope> zonesScopes(List<Zone> byName) {
        return byName.stream().flatMap(z -> Scope.ofZone(z).stream()).toList();
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
        for (String iface : z.interfaces()) {
            t.add(allow, new Origin.FromZone(z.name(), "forward (interface " + iface + ")"),
                    List.of(Matches.ifname("oifname", iface), Stmt.Verdict.ACCEPT));
        }
        for (ZoneSource src : z.sources()) {
            t.add(allow, new Origin.FromZone(z.name(), "forward (source " + src.text() + ")"),
                    List.of(Matches.address(src.text(), "daddr", false, ipsets), Stmt.Verdict.ACCEPT));
        }
    }
}
