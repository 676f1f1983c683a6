package org.portcullis.model.zone;

import java.util.List;

import org.portcullis.model.rich.RichRule;

/**
 * What zones and policies have in common: services, ports, protocols, source ports, ICMP blocks,
 * masquerading, forward ports and rich rules. Lists keep the order of addition. The {@code with…}
 * methods name the owning zone or policy in their ALREADY_ENABLED / NOT_ENABLED messages.
 */
public record Primitives(List<String> services, List<Port> ports, List<String> protocols, List<Port> sourcePorts,
                         List<String> icmpBlocks, boolean masquerade, List<ForwardPort> forwardPorts,
                         List<RichRule> richRules) {

    public static final Primitives EMPTY =
            new Primitives(List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of());

    public Primitives {
        services = List.copyOf(services);
        ports = List.copyOf(ports);
        protocols = List.copyOf(protocols);
        sourcePorts = List.copyOf(sourcePorts);
        icmpBlocks = List.copyOf(icmpBlocks);
        forwardPorts = List.copyOf(forwardPorts);
        richRules = List.copyOf(richRules);
    }

    public Primitives withService(String service, String owner) {
        return withServices(Items.add(services, service, service, owner));
    }

    public Primitives withoutService(String service, String owner) {
        return withServices(Items.remove(services, service, service, owner));
    }

    public Primitives withPort(Port port, String owner) {
        return new Primitives(services, PortSet.add(ports, port, owner), protocols, sourcePorts, icmpBlocks,
                masquerade, forwardPorts, richRules);
    }

    public Primitives withoutPort(Port port, String owner) {
        return new Primitives(services, PortSet.remove(ports, port, owner), protocols, sourcePorts, icmpBlocks,
                masquerade, forwardPorts, richRules);
    }

    public boolean hasPort(Port port) {
        return PortSet.contains(ports, port);
    }

    public Primitives withProtocol(String protocol, String owner) {
        return new Primitives(services, ports, Items.add(protocols, protocol, protocol, owner), sourcePorts,
                icmpBlocks, masquerade, forwardPorts, richRules);
    }

    public Primitives withoutProtocol(String protocol, String owner) {
        return new Primitives(services, ports, Items.remove(protocols, protocol, protocol, owner), sourcePorts,
                icmpBlocks, masquerade, forwardPorts, richRules);
    }

    public Primitives withSourcePort(Port port, String owner) {
        return new Primitives(services, ports, protocols, PortSet.add(sourcePorts, port, owner), icmpBlocks,
                masquerade, forwardPorts, richRules);
    }

    public Primitives withoutSourcePort(Port port, String owner) {
        return new Primitives(services, ports, protocols, PortSet.remove(sourcePorts, port, owner), icmpBlocks,
                masquerade, forwardPorts, richRules);
    }

    public Primitives withIcmpBlock(String icmpType, String owner) {
        return new Primitives(services, ports, protocols, sourcePorts, Items.add(icmpBlocks, icmpType, icmpType, owner),
                masquerade, forwardPorts, richRules);
    }

    public Primitives withoutIcmpBlock(String icmpType, String owner) {
        return new Primitives(services, ports, protocols, sourcePorts,
                Items.remove(icmpBlocks, icmpType, icmpType, owner), masquerade, forwardPorts, richRules);
    }

    public Primitives withMasquerade(boolean on, String owner) {
        boolean value = on ? Items.enable(masquerade, "masquerade", owner) : Items.disable(masquerade, "masquerade", owner);
        return new Primitives(services, ports, protocols, sourcePorts, icmpBlocks, value, forwardPorts, richRules);
    }

    public Primitives withForwardPort(ForwardPort fp, String owner) {
        return new Primitives(services, ports, protocols, sourcePorts, icmpBlocks, masquerade,
                Items.add(forwardPorts, fp, fp.id(), owner), richRules);
    }

    public Primitives withoutForwardPort(ForwardPort fp, String owner) {
        return new Primitives(services, ports, protocols, sourcePorts, icmpBlocks, masquerade,
                Items.remove(forwardPorts, fp, fp.id(), owner), richRules);
    }

    public Primitives withRichRule(RichRule rule, String owner) {
        return new Primitives(services, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts,
                Items.add(richRules, rule, rule.toString(), owner));
    }

    public Primitives withoutRichRule(RichRule rule, String owner) {
        return new Primitives(services, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts,
                Items.remove(richRules, rule, rule.toString(), owner));
    }

    private Primitives withServices(List<String> s) {
        return new Primitives(s, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts, richRules);
    }
}
