package org.portcullis.config.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/**
 * The zone side of a configuration: the catalog (services), the zones, the policies and the ipsets by name,
 * the default zone, panic mode and the LogDenied setting. Immutable. In the runtime configuration the ipsets
 * carry their runtime entries, which is what the kernel's sets hold.
 */
public record ZoneSet(Catalog catalog, SortedMap<String, Zone> zones, SortedMap<String, Policy> policies,
                      SortedMap<String, IpSet> ipsets, String defaultZone, boolean panic, String logDenied) {
    public static final List<String> LOG_DENIED = List.of("all", "unicast", "broadcast", "multicast", "off");

    /** No zones at all: what a daemon without zone configuration enforces. */
    public static final ZoneSet EMPTY = new ZoneSet(new Catalog(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
            List.of()), new TreeMap<>(), new TreeMap<>(), Builtins.defaultZone(), false, "off");

    public ZoneSet {
        zones = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(zones));
        policies = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(policies));
        ipsets = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(ipsets));
    }

    /** The zones and policies given, with the catalog's ipsets. */
    public ZoneSet(Catalog catalog, SortedMap<String, Zone> zones, SortedMap<String, Policy> policies,
                   String defaultZone, boolean panic, String logDenied) {
        this(catalog, zones, policies, catalog.ipsets(), defaultZone, panic, logDenied);
    }

    public static ZoneSet of(Catalog catalog, String defaultZone, String logDenied) {
        String def = catalog.zones().containsKey(defaultZone) ? defaultZone : Builtins.defaultZone();
        return new ZoneSet(catalog, catalog.zones(), catalog.policies(), catalog.ipsets(), def, false, logDenied);
    }

    public Zone zone(String name) {
        Zone z = zones.get(name);
        if (z == null) {
            throw new FirewallException(ErrorCode.INVALID_ZONE, name);
        }
        return z;
    }

    /** The named zone, or the default zone for an empty name. */
    public String resolve(String name) {
        String n = name == null || name.isEmpty() ? defaultZone : name;
        zone(n);
        return n;
    }

    public ZoneSet with(Zone z) {
        Map<String, Zone> next = new TreeMap<>(zones);
        next.put(z.name(), z);
        return new ZoneSet(catalog, new TreeMap<>(next), policies, ipsets, defaultZone, panic, logDenied);
    }

    public ZoneSet without(String name) {
        Map<String, Zone> next = new TreeMap<>(zones);
        next.remove(name);
        return new ZoneSet(catalog, new TreeMap<>(next), policies, ipsets, defaultZone, panic, logDenied);
    }

    public Policy policy(String name) {
        Policy p = policies.get(name);
        if (p == null) {
            throw new FirewallException(ErrorCode.INVALID_POLICY, name);
        }
        return p;
    }

    public ZoneSet with(Policy p) {
        Map<String, Policy> next = new TreeMap<>(policies);
        next.put(p.name(), p);
        return new ZoneSet(catalog, zones, new TreeMap<>(next), ipsets, defaultZone, panic, logDenied);
    }

    public ZoneSet withoutPolicy(String name) {
        Map<String, Policy> next = new TreeMap<>(policies);
        next.remove(name);
        return new ZoneSet(catalog, zones, new TreeMap<>(next), ipsets, defaultZone, panic, logDenied);
    }

    /** The named ipset; INVALID_IPSET when there is none. */
    public IpSet ipset(String name) {
        IpSet s = ipsets.get(name);
        if (s == null) {
            throw new FirewallException(ErrorCode.INVALID_IPSET, name);
        }
        return s;
    }

    public ZoneSet withIpSet(IpSet s) {
        Map<String, IpSet> next = new TreeMap<>(ipsets);
        next.put(s.name(), s);
        return new ZoneSet(catalog, zones, policies, new TreeMap<>(next), defaultZone, panic, logDenied);
    }

    public ZoneSet withoutIpSet(String name) {
        Map<String, IpSet> next = new TreeMap<>(ipsets);
        next.remove(name);
        return new ZoneSet(catalog, zones, policies, new TreeMap<>(next), defaultZone, panic, logDenied);
    }

    public ZoneSet withDefaultZone(String name) {
        return new ZoneSet(catalog, zones, policies, ipsets, name, panic, logDenied);
    }

    public ZoneSet withPanic(boolean on) {
        return new ZoneSet(catalog, zones, policies, ipsets, defaultZone, on, logDenied);
    }

    public ZoneSet withLogDenied(String value) {
        return new ZoneSet(catalog, zones, policies, ipsets, defaultZone, panic, value);
    }

    public Optional<Zone> zoneOfInterface(String iface) {
        return zones.values().stream().filter(z -> z.interfaces().contains(iface)).findFirst();
    }

    public Optional<Zone> zoneOfSource(ZoneSource source) {
        return zones.values().stream().filter(z -> z.sources().contains(source)).findFirst();
    }

    public boolean isActive(Zone z) {
        return !z.interfaces().isEmpty() || !z.sources().isEmpty();
    }

    /** A policy is active when both its ingress and its egress zones include HOST, ANY or an active zone. */
    public boolean isActive(Policy p) {
        return p.ingressZones().stream().anyMatch(this::isActiveSide)
                && p.egressZones().stream().anyMatch(this::isActiveSide);
    }

    private boolean isActiveSide(String zone) {
        return zone.equals(Policy.HOST) || zone.equals(Policy.ANY)
                || (zones.containsKey(zone) && isActive(zones.get(zone)));
    }
}
