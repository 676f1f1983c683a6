package org.portcullis.config.catalog;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/**
 * The known services, zones, policies and ipsets by name (sorted), and the files that could not be loaded.
 * Later sources override earlier ones by name. {@code builtinIpsets} names the ipsets defined in the system
 * directory (possibly overridden in the configuration directory): they cannot be deleted.
 */
public record Catalog(SortedMap<String, Service> services, SortedMap<String, Zone> zones,
                      SortedMap<String, Policy> policies, SortedMap<String, IpSet> ipsets,
                      SortedSet<String> builtinIpsets, List<LoadProblem> problems) {

    public Catalog {
        services = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(services));
        zones = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(zones));
        policies = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(policies));
        ipsets = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(ipsets));
        builtinIpsets = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(builtinIpsets));
        problems = List.copyOf(problems);
    }

    /** A catalog without ipsets. */
    public Catalog(SortedMap<String, Service> services, SortedMap<String, Zone> zones,
                   SortedMap<String, Policy> policies, List<LoadProblem> problems) {
        this(services, zones, policies, new TreeMap<>(), new TreeSet<>(), problems);
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    public Optional<Zone> zone(String name) {
        return Optional.ofNullable(zones.get(name));
    }

    public Optional<Policy> policy(String name) {
        return Optional.ofNullable(policies.get(name));
    }

    public Optional<IpSet> ipset(String name) {
        return Optional.ofNullable(ipsets.get(name));
    }
}
