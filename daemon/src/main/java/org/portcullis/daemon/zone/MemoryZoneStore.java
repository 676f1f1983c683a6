package org.portcullis.daemon.zone;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.portcullis.config.catalog.Builtins;
import org.portcullis.config.catalog.Catalog;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/** Zones kept in memory over the built-in catalog, for daemons without a zone directory. */
public final class MemoryZoneStore implements ZoneStore {
    private final Map<String, Zone> saved = new TreeMap<>();
    private final Map<String, Policy> savedPolicies = new TreeMap<>();
    private final Map<String, IpSet> ipsets = new TreeMap<>();
    private String defaultZone = Builtins.defaultZone();
    private String logDenied = "off";

    @Override
    public synchronized ZoneSet load() {
        Map<String, Service> services = new TreeMap<>();
        Builtins.services().forEach(s -> services.put(s.name(), s));
        Map<String, Zone> zones = new TreeMap<>();
        Builtins.zones().forEach(z -> zones.put(z.name(), z));
        zones.putAll(saved);
        Map<String, Policy> policies = new TreeMap<>();
        Builtins.policies().forEach(p -> policies.put(p.name(), p));
        policies.putAll(savedPolicies);
        return ZoneSet.of(new Catalog(new TreeMap<>(services), new TreeMap<>(zones), new TreeMap<>(policies),
                new TreeMap<>(ipsets), new java.util.TreeSet<>(), List.of()), defaultZone, logDenied);
    }

    @Override
    public synchronized void saveZone(Zone zone) {
        saved.put(zone.name(), zone);
    }

    @Override
    public synchronized void deleteZone(String name) {
        saved.remove(name);
    }

    @Override
    public synchronized void savePolicy(Policy policy) {
        savedPolicies.put(policy.name(), policy);
    }

    @Override
    public synchronized void deletePolicy(String name) {
        savedPolicies.remove(name);
    }

    @Override
    public synchronized void saveIpSet(IpSet ipset) {
        ipsets.put(ipset.name(), ipset);
    }

    @Override
    public synchronized void deleteIpSet(String name) {
        ipsets.remove(name);
    }

    @Override
    public String ipsetPath(String name) {
        return "ipsets/" + name + ".xml";
    }

    @Override
    public synchronized void saveSettings(String defaultZone, String logDenied) {
        this.defaultZone = defaultZone;
        this.logDenied = logDenied;
    }
}
