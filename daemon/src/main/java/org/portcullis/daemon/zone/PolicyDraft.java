package org.portcullis.daemon.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Primitives;

/**
 * A policy's settings while firewall-cmd edits them, before firewalld checks the result: items are compared
 * exactly (a port inside a listed range is not listed), an item already there or missing is refused naming
 * just the item, and nothing is checked against zones, services or the other settings ({@link PolicyChecks}
 * does that). The target is kept as typed.
 */
record PolicyDraft(String name, String version, String shortDescription, String description, String target,
                   int priority, List<String> ingressZones, List<String> egressZones, List<String> services,
                   List<Port> ports, List<String> protocols, List<Port> sourcePorts, List<String> icmpBlocks,
                   boolean masquerade, List<ForwardPort> forwardPorts, List<RichRule> richRules) {

    PolicyDraft {
        ingressZones = List.copyOf(ingressZones);
        egressZones = List.copyOf(egressZones);
        services = List.copyOf(services);
        ports = List.copyOf(ports);
        protocols = List.copyOf(protocols);
        sourcePorts = List.copyOf(sourcePorts);
        icmpBlocks = List.copyOf(icmpBlocks);
        forwardPorts = List.copyOf(forwardPorts);
        richRules = List.copyOf(richRules);
    }

    static PolicyDraft of(Policy p) {
        Primitives x = p.primitives();
        return new PolicyDraft(p.name(), p.version(), p.shortDescription(), p.description(), p.target().name(),
                p.priority(), p.ingressZones(), p.egressZones(), x.services(), x.ports(), x.protocols(),
                x.sourcePorts(), x.icmpBlocks(), x.masquerade(), x.forwardPorts(), x.richRules());
    }

    /** The policy these settings describe; the checks of {@link PolicyChecks} come first. */
    Policy policy() {
        return new Policy(name, version, shortDescription, description, PolicyTarget.parse(target), priority,
                ingressZones, egressZones,
                new Primitives(services, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts,
                        richRules));
    }

    boolean contains(String kind, String value) {
        return switch (kind) {
            case "masquerade" -> masquerade;
            default -> items(kind).contains(item(kind, value));
        };
    }

    PolicyDraft add(String kind, String value) {
        if (kind.equals("masquerade")) {
            if (masquerade) {
                throw new FirewallException(ErrorCode.ALREADY_ENABLED, "masquerade");
            }
            return withMasquerade(true);
        }
        Object item = item(kind, value);
        List<Object> list = new ArrayList<>(items(kind));
        if (list.contains(item)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED, id(kind, item));
        }
        list.add(item);
        return with(kind, list);
    }

    PolicyDraft remove(String kind, String value) {
        if (kind.equals("masquerade")) {
            if (!masquerade) {
                throw new FirewallException(ErrorCode.NOT_ENABLED, "masquerade");
            }
            return withMasquerade(false);
        }
        Object item = item(kind, value);
        List<Object> list = new ArrayList<>(items(kind));
        if (!list.remove(item)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED, id(kind, item));
        }
        return with(kind, list);
    }

    PolicyDraft withTarget(String t) {
        return new PolicyDraft(name, version, shortDescription, description, t, priority, ingressZones, egressZones,
                services, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts, richRules);
    }

    PolicyDraft withPriority(int p) {
        return new PolicyDraft(name, version, shortDescription, description, target, p, ingressZones, egressZones,
                services, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts, richRules);
    }

    PolicyDraft withDescriptions(String shortText, String text) {
        return new PolicyDraft(name, version, shortText, text, target, priority, ingressZones, egressZones,
                services, ports, protocols, sourcePorts, icmpBlocks, masquerade, forwardPorts, richRules);
    }

    private PolicyDraft withMasquerade(boolean on) {
        return new PolicyDraft(name, version, shortDescription, description, target, priority, ingressZones,
                egressZones, services, ports, protocols, sourcePorts, icmpBlocks, on, forwardPorts, richRules);
    }

    /** The value as the item firewall-cmd keeps: a port as port and protocol, a rich rule canonical. */
    static Object item(String kind, String value) {
        return switch (kind) {
            case "port", "source-port" -> Port.parse(value);
            case "forward-port" -> ForwardPort.parse(value);
            case "rich-rule" -> {
                if (value.isEmpty()) {
                    throw new FirewallException(ErrorCode.INVALID_RULE, "no element, no action");
                }
                yield RichRuleParser.parse(value);
            }
            case "service", "protocol", "icmp-block", "ingress-zone", "egress-zone" -> value;
            default -> throw new FirewallException(ErrorCode.INVALID_OPTION, "no such policy item '" + kind + "'");
        };
    }

    /** How firewall-cmd names an item it finds already there or missing. */
    private static String id(String kind, Object item) {
        return switch (item) {
            case Port p -> "'" + p.id() + "'";
            case ForwardPort f -> "'" + f.id() + "'";
            default -> item.toString();
        };
    }

    private List<?> items(String kind) {
        return switch (kind) {
            case "service" -> services;
            case "port" -> ports;
            case "protocol" -> protocols;
            case "source-port" -> sourcePorts;
            case "icmp-block" -> icmpBlocks;
            case "forward-port" -> forwardPorts;
            case "rich-rule" -> richRules;
            case "ingress-zone" -> ingressZones;
            case "egress-zone" -> egressZones;
            default -> throw new FirewallException(ErrorCode.INVALID_OPTION, "no such policy item '" + kind + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private PolicyDraft with(String kind, List<?> list) {
        return new PolicyDraft(name, version, shortDescription, description, target, priority,
                kind.equals("ingress-zone") ? (List<String>) list : ingressZones,
                kind.equals("egress-zone") ? (List<String>) list : egressZones,
                kind.equals("service") ? (List<String>) list : services,
                kind.equals("port") ? (List<Port>) list : ports,
                kind.equals("protocol") ? (List<String>) list : protocols,
                kind.equals("source-port") ? (List<Port>) list : sourcePorts,
                kind.equals("icmp-block") ? (List<String>) list : icmpBlocks,
                masquerade,
                kind.equals("forward-port") ? (List<ForwardPort>) list : forwardPorts,
                kind.equals("rich-rule") ? (List<RichRule>) list : richRules);
    }
}
