package org.portcullis.config.catalog;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/**
 * The known services, zones and policies by name (sorted), and the files that could not be loaded. Later
 * sources override earlier ones by name.
 */
public record Catalog(SortedMap<String, Service> services, SortedMap<String, Zone> zones,
                      SortedMap<String, Policy> policies, List<LoadProblem> problems) {

    public Catalog {
        services = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(services));
        zones = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(zones));
        policies = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(policies));
        problems = List.copyOf(problems);
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
}
