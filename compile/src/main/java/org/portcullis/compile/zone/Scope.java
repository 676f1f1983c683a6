package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.portcullis.compile.Origin;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.Zone;

/**
 * A policy as firewalld lays it out: a user policy, or one of the three a zone becomes (zone to HOST for
 * what the host accepts, ANY to zone for masquerading, zone to ANY for forward ports, marks and MSS
 * clamping). {@code zone} is null for a user policy; {@code target} is spelled as in the XML.
 */
record Scope(String name, String zone, List<String> ingress, List<String> egress, String target, int priority,
             Primitives items, boolean icmpBlockInversion) {
    static final String HOST = Policy.HOST;
    static final String ANY = Policy.ANY;

    static List<Scope> ofZone(Zone z) {
        String n = z.name();
        List<RichRule> toHost = new ArrayList<>();
        List<RichRule> fromAny = new ArrayList<>();
        List<RichRule> toAny = new ArrayList<>();
        for (RichRule r : z.richRules()) {
            switch (route(r)) {
                case HOST -> toHost.add(r);
                case "ANY_IN" -> fromAny.add(r);
                default -> toAny.add(r);
            }
        }
        String target = z.target().xml();
        return List.of(
                new Scope("zone_" + n + "_HOST", n, List.of(n), List.of(HOST), target, 0,
                        new Primitives(z.services(), z.ports(), z.protocols(), z.sourcePorts(), z.icmpBlocks(), false,
                                List.of(), toHost), z.icmpBlockInversion()),
                new Scope("zone_ANY_" + n, n, List.of(ANY), List.of(n), target, 0,
                        new Primitives(List.of(), List.of(), List.of(), List.of(), List.of(), z.masquerade(), List.of(),
                                fromAny), false),
                new Scope("zone_" + n + "_ANY", n, List.of(n), List.of(ANY), target, 0,
                        new Primitives(List.of(), List.of(), List.of(), List.of(), List.of(), false, z.forwardPorts(),
                                toAny), false));
    }

    static Scope ofPolicy(Policy p) {
        return new Scope(p.name(), null, p.ingressZones(), p.egressZones(), p.target().name(), p.priority(),
                p.primitives(), false);
    }

    /** Which of a zone's three policies a rich rule belongs to: HOST, ANY_IN (masquerade) or ANY_OUT. */
    private static String route(RichRule r) {
        if (r.action().orElse(null) instanceof Action.Mark) {
            return "ANY_OUT";
        }
        return switch (r.element().orElse(null)) {
            case Element.Masquerade m -> "ANY_IN";
            case Element.ForwardPort f -> "ANY_OUT";
            case Element.TcpMssClamp c -> "ANY_OUT";
            case null, default -> HOST;
        };
    }

    boolean derived() {
        return zone != null;
    }

    Origin origin(String item) {
        return derived() ? new Origin.FromZone(zone, item) : new Origin.FromPolicy(name, item);
    }

    /**
     * The chain name of this scope in a table without the table prefix, e.g. {@code IN_public},
     * {@code FWD_policy_clients-out}; null where the scope has no chain in that table.
     */
    String base(String table, boolean snat) {
        String suffix = derived() ? zone : "policy_" + name;
        if (egress.contains(HOST)) {
            return table.equals("filter") ? "IN_" + suffix
                    : !derived() && (table.equals("mangle") || table.equals("nat")) ? "PRE_" + suffix : null;
        }
        if (ingress.contains(HOST)) {
            return !derived() && (table.equals("filter") || table.equals("nat")) ? "OUT_" + suffix : null;
        }
        if (egress.contains(ANY)) {
            return table.equals("filter") ? "FWD_" + suffix : table.equals("nat") ? (snat ? "POST_" : "PRE_") + suffix
                    : table.equals("mangle") ? "PRE_" + suffix : null;
        }
        if (ingress.contains(ANY)) {
            return table.equals("filter") ? "FWD_" + suffix : table.equals("nat") ? (snat ? "POST_" : "PRE_") + suffix
                    : table.equals("mangle") && !derived() ? "PRE_" + suffix : null;
        }
        if (derived()) {
            return null;
        }
        return table.equals("filter") ? "FWD_" + suffix : table.equals("nat") ? (snat ? "POST_" : "PRE_") + suffix
                : table.equals("mangle") ? "PRE_" + suffix : null;
    }

    /** The full chain name, e.g. {@code filter_IN_public}, or null. */
    String chain(String table, boolean snat) {
        String b = base(table, snat);
        return b == null ? null : table + "_" + b;
    }

    String chain(Hookpoint h) {
        return chain(h.table(), h.snat());
    }

    /**
     * The (table, chain) pairs the scope has chains for; {@code hasInterfaces} tells whether a zone has
     * interfaces bound (a policy towards zones with interfaces needs no nat/mangle PREROUTING chains).
     */
    List<Hookpoint> hookpoints(Predicate<String> hasInterfaces) {
        if (derived()) {
            if (egress.contains(HOST)) {
                return List.of(Hookpoint.FILTER_INPUT);
            }
            if (egress.contains(ANY)) {
                return List.of(Hookpoint.FILTER_FORWARD, Hookpoint.NAT_PREROUTING, Hookpoint.MANGLE_PREROUTING);
            }
            return List.of(Hookpoint.NAT_POSTROUTING);
        }
        if (ingress.contains(ANY) && egress.contains(HOST)) {
            return List.of(Hookpoint.FILTER_INPUT, Hookpoint.NAT_PREROUTING, Hookpoint.MANGLE_PREROUTING);
        }
        if (egress.contains(HOST)) {
            return List.of(Hookpoint.FILTER_INPUT);
        }
        if (ingress.contains(HOST)) {
            return List.of(Hookpoint.FILTER_OUTPUT, Hookpoint.NAT_OUTPUT);
        }
        if (ingress.contains(ANY) && egress.contains(ANY)) {
            return List.of(Hookpoint.FILTER_FORWARD, Hookpoint.NAT_PREROUTING, Hookpoint.NAT_POSTROUTING,
                    Hookpoint.MANGLE_PREROUTING);
        }
        if (egress.contains(ANY)) {
            return List.of(Hookpoint.FILTER_FORWARD, Hookpoint.NAT_PREROUTING, Hookpoint.MANGLE_PREROUTING,
                    Hookpoint.NAT_POSTROUTING);
        }
        List<Hookpoint> out = new ArrayList<>(List.of(Hookpoint.FILTER_FORWARD, Hookpoint.NAT_POSTROUTING));
        if (egress.stream().noneMatch(hasInterfaces)) {
            out.add(Hookpoint.NAT_PREROUTING);
            out.add(Hookpoint.MANGLE_PREROUTING);
        }
        return out;
    }
}
