package org.portcullis.model.zone;

import java.util.List;
import java.util.Optional;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.Addresses;

/**
 * A service: a named set of ports, protocols, source ports and conntrack helpers, optionally limited to
 * destination addresses, possibly including other services.
 */
public record Service(String name, String version, String shortDescription, String description, List<Port> ports,
                      List<String> protocols, List<Port> sourcePorts, List<String> modules,
                      Optional<String> destinationIpv4, Optional<String> destinationIpv6, List<String> includes,
                      List<String> helpers) {

    public Service {
        Names.check(name, Names.POLICY_MAX);
        version = version == null ? "" : version;
        shortDescription = shortDescription == null ? "" : shortDescription;
        description = description == null ? "" : description;
        ports = List.copyOf(ports);
        protocols = List.copyOf(protocols);
        sourcePorts = List.copyOf(sourcePorts);
        modules = List.copyOf(modules);
        includes = List.copyOf(includes);
        helpers = List.copyOf(helpers);
        destinationIpv4.filter(a -> !Addresses.isIpv4OrNetwork(a)).ifPresent(a -> {
            throw new FirewallException(ErrorCode.INVALID_ADDR, a);
        });
        destinationIpv6.filter(a -> !Addresses.isIpv6OrNetwork(a)).ifPresent(a -> {
            throw new FirewallException(ErrorCode.INVALID_ADDR, a);
        });
    }

    /** A service with only a short name and ports, as most catalog entries are. */
    public static Service of(String name, String shortDescription, String description, List<Port> ports) {
        return new Service(name, "", shortDescription, description, ports, List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }
}
