package org.portcullis.daemon.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.zone.PolicyListing;
import org.portcullis.config.zone.ServiceListing;
import org.portcullis.config.zone.ZoneListing;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/** Read-only answers about a zone set, shared by the runtime and permanent families. */
final class ZoneViews {
    private ZoneViews() {
    }

    /**
     * The listing of one zone as lines; {@code verbose} adds summary and description after the header. The
     * header says {@code (active)} for a zone with interfaces or sources, in the runtime and the permanent
     * configuration alike.
     */
    static List<String> listing(ZoneSet set, Zone z, boolean verbose) {
        List<String> lines = new ArrayList<>(lines(ZoneListing.listAll(z, z.name().equals(set.defaultZone()),
                set.isActive(z))));
        if (verbose) {
            lines.add(1, "  summary: " + z.shortDescription());
            lines.add(2, "  description: " + z.description());
        }
        return lines;
    }

    /** The listing of one policy as lines; {@code verbose} adds summary and description after the header. */
    static List<String> policyListing(Policy p, boolean verbose) {
        List<String> lines = new ArrayList<>(lines(PolicyListing.listAll(p)));
        if (verbose) {
            lines.add(1, "  summary: " + p.shortDescription());
            lines.add(2, "  description: " + p.description());
        }
        return lines;
    }

    static List<String> allZones(ZoneSet set, boolean verbose) {
        List<String> out = new ArrayList<>();
        for (Zone z : set.zones().values()) {
            out.addAll(listing(set, z, verbose));
            out.add("");
        }
        return out;
    }

    static List<String> activeZones(ZoneSet set) {
        List<String> out = new ArrayList<>();
        for (Zone z : set.zones().values()) {
            if (!set.isActive(z)) {
                continue;
            }
            out.add(z.name());
            if (!z.interfaces().isEmpty()) {
                out.add("  interfaces: " + String.join(" ", new java.util.TreeSet<>(z.interfaces())));
            }
            if (!z.sources().isEmpty()) {
                out.add("  sources: " + String.join(" ", z.sources().stream().map(ZoneSource::text).toList()));
            }
        }
        return out;
    }

    static Service service(ZoneSet set, String name) {
        Service s = set.catalog().services().get(name);
        if (s == null) {
            throw new FirewallException(ErrorCode.INVALID_SERVICE, name);
        }
        return s;
    }

    static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    static boolean verbose(List<String> a, int index) {
        return a.size() > index && a.get(index).equals("verbose");
    }

    /** The queries both families answer the same way from their zone set. */
    static void registerQueries(Dispatcher d, boolean permanent, java.util.function.Supplier<ZoneSet> now) {
        Registrar r = permanent ? d::permanent : d::runtime;
        r.put(ZoneOps.GET_ZONES, a -> Response.lines(List.of(String.join(" ", now.get().zones().keySet()))));
        r.put(ZoneOps.LIST_ALL, a -> {
            ZoneSet set = now.get();
            return Response.lines(listing(set, set.zone(set.resolve(a.get(0))), verbose(a, 1)));
        });
        r.put(ZoneOps.INFO_ZONE, a -> {
            ZoneSet set = now.get();
            return Response.lines(listing(set, set.zone(a.get(0)), verbose(a, 1)));
        });
        r.put(ZoneOps.LIST_ALL_ZONES, a -> Response.lines(allZones(now.get(), verbose(a, 0))));
        r.put(ZoneOps.GET_SERVICES, a -> Response.lines(List.of(String.join(" ",
                now.get().catalog().services().keySet()))));
        r.put(ZoneOps.INFO_SERVICE, a -> Response.lines(lines(ServiceListing.info(service(now.get(), a.get(0)),
                verbose(a, 1)))));
        r.put(ZoneOps.GET_ICMPTYPES, a -> Response.lines(List.of(String.join(" ", IcmpTypes.NAMES))));
        r.put(ZoneOps.GET_POLICIES, a -> Response.lines(List.of(String.join(" ", now.get().policies().keySet()))));
        r.put(ZoneOps.INFO_POLICY, a -> Response.lines(policyListing(now.get().policy(a.get(0)), verbose(a, 1))));
        r.put(ZoneOps.LIST_ALL_POLICIES, a -> {
            List<String> out = new ArrayList<>();
            for (Policy p : now.get().policies().values()) {
                out.addAll(policyListing(p, verbose(a, 0)));
                out.add("");
            }
            return Response.lines(out);
        });
        r.put(ZoneOps.GET_ACTIVE_POLICIES, a -> {
            ZoneSet set = now.get();
            List<String> out = new ArrayList<>();
            for (Policy p : set.policies().values()) {
                if (set.isActive(p)) {
                    out.add(p.name());
                    out.add("  ingress-zones: " + String.join(" ", p.ingressZones()));
                    out.add("  egress-zones: " + String.join(" ", p.egressZones()));
                }
            }
            return Response.lines(out);
        });
        for (String kind : ZoneOps.ITEMS) {
            if (!ZoneOps.isFlag(kind)) {
                r.put(ZoneOps.list(kind), a -> {
                    ZoneSet set = now.get();
                    return Response.lines(ZoneItems.list(set.zone(set.resolve(a.get(0))), kind));
                });
            }
            r.put(ZoneOps.query(kind), a -> {
                ZoneSet set = now.get();
                String value = ZoneOps.isFlag(kind) ? "" : a.get(1);
                return Response.answer(ZoneItems.query(set.zone(set.resolve(a.get(0))), kind, value));
            });
        }
    }

    @FunctionalInterface
    private interface Registrar {
        void put(String op, org.portcullis.daemon.Handler handler);
    }
}
