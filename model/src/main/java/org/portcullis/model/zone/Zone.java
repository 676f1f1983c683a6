package org.portcullis.model.zone;

import java.util.List;
import java.util.function.UnaryOperator;

import org.portcullis.model.rich.RichRule;

/**
 * A zone: the inbound trust level of the interfaces and sources bound to it. Immutable; {@code with…}
 * methods return a changed copy or throw firewalld's ALREADY_ENABLED / NOT_ENABLED with its runtime message.
 */
public record Zone(String name, String version, String shortDescription, String description, ZoneTarget target,
                   int ingressPriority, int egressPriority, List<String> interfaces, List<ZoneSource> sources,
                   boolean icmpBlockInversion, boolean forward, Primitives primitives) {

    public Zone {
        Names.check(name, Names.ZONE_MAX);
        version = version == null ? "" : version;
        shortDescription = shortDescription == null ? "" : shortDescription;
        description = description == null ? "" : description;
        Names.checkPriority(ingressPriority);
        Names.checkPriority(egressPriority);
        interfaces = List.copyOf(interfaces);
        interfaces.forEach(Names::checkInterface);
        sources = List.copyOf(sources);
    }

    /** A new zone as {@code --new-zone} creates it: target default, forwarding on, nothing else. */
    public static Zone empty(String name) {
        return new Zone(name, "", "", "", ZoneTarget.DEFAULT, 0, 0, List.of(), List.of(), false, true,
                Primitives.EMPTY);
    }

    public List<String> services() {
        return primitives.services();
    }

    public List<Port> ports() {
        return primitives.ports();
    }

    public List<String> protocols() {
        return primitives.protocols();
    }

    public List<Port> sourcePorts() {
        return primitives.sourcePorts();
    }

    public List<String> icmpBlocks() {
        return primitives.icmpBlocks();
    }

    public boolean masquerade() {
        return primitives.masquerade();
    }

    public List<ForwardPort> forwardPorts() {
        return primitives.forwardPorts();
    }

    public List<RichRule> richRules() {
        return primitives.richRules();
    }

    public Zone withName(String newName) {
        return new Zone(newName, version, shortDescription, description, target, ingressPriority, egressPriority,
                interfaces, sources, icmpBlockInversion, forward, primitives);
    }

    public Zone withShortDescription(String text) {
        return new Zone(name, version, text, description, target, ingressPriority, egressPriority, interfaces,
                sources, icmpBlockInversion, forward, primitives);
    }

    public Zone withDescription(String text) {
        return new Zone(name, version, shortDescription, text, target, ingressPriority, egressPriority, interfaces,
                sources, icmpBlockInversion, forward, primitives);
    }

    public Zone withTarget(ZoneTarget t) {
        return new Zone(name, version, shortDescription, description, t, ingressPriority, egressPriority,
                interfaces, sources, icmpBlockInversion, forward, primitives);
    }

    public Zone withPriorities(int ingress, int egress) {
        return new Zone(name, version, shortDescription, description, target, ingress, egress, interfaces, sources,
                icmpBlockInversion, forward, primitives);
    }

    public Zone withInterface(String iface) {
        Names.checkInterface(iface);
        return withBindings(Items.add(interfaces, iface, iface, name), sources);
    }

    public Zone withoutInterface(String iface) {
        return withBindings(Items.remove(interfaces, iface, iface, name), sources);
    }

    public Zone withSource(ZoneSource source) {
        return withBindings(interfaces, Items.add(sources, source, source.text(), name));
    }

    public Zone withoutSource(ZoneSource source) {
        return withBindings(interfaces, Items.remove(sources, source, source.text(), name));
    }

    public Zone withIcmpBlockInversion(boolean on) {
        boolean v = on ? Items.enable(icmpBlockInversion, "icmp-block-inversion", name)
                : Items.disable(icmpBlockInversion, "icmp-block-inversion", name);
        return new Zone(name, version, shortDescription, description, target, ingressPriority, egressPriority,
                interfaces, sources, v, forward, primitives);
    }

    public Zone withForward(boolean on) {
        boolean v = on ? Items.enable(forward, "forward", name) : Items.disable(forward, "forward", name);
        return new Zone(name, version, shortDescription, description, target, ingressPriority, egressPriority,
                interfaces, sources, icmpBlockInversion, v, primitives);
    }

    public Zone withService(String service) {
        return with(p -> p.withService(service, name));
    }

    public Zone withoutService(String service) {
        return with(p -> p.withoutService(service, name));
    }

    public Zone withPort(Port port) {
        return with(p -> p.withPort(port, name));
    }

    public Zone withoutPort(Port port) {
        return with(p -> p.withoutPort(port, name));
    }

    public Zone withProtocol(String protocol) {
        return with(p -> p.withProtocol(protocol, name));
    }

    public Zone withoutProtocol(String protocol) {
        return with(p -> p.withoutProtocol(protocol, name));
    }

    public Zone withSourcePort(Port port) {
        return with(p -> p.withSourcePort(port, name));
    }

    public Zone withoutSourcePort(Port port) {
        return with(p -> p.withoutSourcePort(port, name));
    }

    public Zone withIcmpBlock(String icmpType) {
        return with(p -> p.withIcmpBlock(icmpType, name));
    }

    public Zone withoutIcmpBlock(String icmpType) {
        return with(p -> p.withoutIcmpBlock(icmpType, name));
    }

    public Zone withMasquerade(boolean on) {
        return with(p -> p.withMasquerade(on, name));
    }

    public Zone withForwardPort(ForwardPort fp) {
        return with(p -> p.withForwardPort(fp, name));
    }

    public Zone withoutForwardPort(ForwardPort fp) {
        return with(p -> p.withoutForwardPort(fp, name));
    }

    public Zone withRichRule(RichRule rule) {
        return with(p -> p.withRichRule(rule, name));
    }

    public Zone withoutRichRule(RichRule rule) {
        return with(p -> p.withoutRichRule(rule, name));
    }

    /** Applies a change to the shared primitives. */
    public Zone with(UnaryOperator<Primitives> change) {
        return new Zone(name, version, shortDescription, description, target, ingressPriority, egressPriority,
                interfaces, sources, icmpBlockInversion, forward, change.apply(primitives));
    }

    private Zone withBindings(List<String> ifaces, List<ZoneSource> srcs) {
        return new Zone(name, version, shortDescription, description, target, ingressPriority, egressPriority,
                ifaces, srcs, icmpBlockInversion, forward, primitives);
    }
}
