package org.portcullis.compile.zone;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/**
 * What the zone compiler needs: the zones, the services they name, the policies (user policies and the
 * built-in ones such as allow-host-ipv6), the ipsets, the default zone, panic mode and the LogDenied value
 * ({@code off}, {@code all}, {@code unicast}, {@code broadcast}, {@code multicast}).
 */
public record ZoneInput(List<Zone> zones, Map<String, Service> services, List<Policy> policies, List<IpSet> ipsets,
                        String defaultZone, boolean panic, String logDenied) {
    public ZoneInput {
        zones = List.copyOf(zones);
        services = Map.copyOf(services);
        policies = List.copyOf(policies);
        ipsets = List.copyOf(ipsets);
        new LogDenied(logDenied);
    }

    /** Zones and services alone: no policies, no ipsets, LogDenied off. */
    public static ZoneInput of(Collection<Zone> zones, Map<String, Service> services, String defaultZone,
                               boolean panic) {
        return new ZoneInput(List.copyOf(zones), services, List.of(), List.of(), defaultZone, panic, "off");
    }

    public ZoneInput withPolicies(Collection<Policy> p) {
        return new ZoneInput(zones, services, List.copyOf(p), ipsets, defaultZone, panic, logDenied);
    }

    public ZoneInput withIpsets(Collection<IpSet> s) {
        return new ZoneInput(zones, services, policies, List.copyOf(s), defaultZone, panic, logDenied);
    }

    public ZoneInput withLogDenied(String value) {
        return new ZoneInput(zones, services, policies, ipsets, defaultZone, panic, value);
    }
}
