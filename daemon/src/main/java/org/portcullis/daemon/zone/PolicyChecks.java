package org.portcullis.daemon.zone;

import org.portcullis.config.catalog.ZoneSet;
import java.util.List;
import java.util.Set;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;

/**
 * firewalld's check of a policy's complete settings against the zones, services and ICMP types of the
 * configuration it goes into, setting by setting in firewalld's order (its settings sorted by name), each
 * refusal naming the policy.
 */
final class PolicyChecks {
    private static final Set<String> SYMBOLIC = Set.of(Policy.HOST, Policy.ANY);

    private PolicyChecks() {
    }

    /** The checked policy; a FirewallException names the first setting that is wrong. */
    static Policy check(ZoneSet set, PolicyDraft d) {
        String prefix = "Policy '" + d.name() + "': ";
        if (set.zones().containsKey(d.name())) {
            throw new FirewallException(ErrorCode.NAME_CONFLICT, prefix + "Can't have the same name as a zone.");
        }
        zones(set, d, "egress_zones", d.egressZones(), d.ingressZones());
        for (ForwardPort f : d.forwardPorts()) {
            forwardPort(set, d, !f.toAddrText().isEmpty());
        }
        for (String icmp : d.icmpBlocks()) {
            icmpType(d, icmp);
        }
        zones(set, d, "ingress_zones", d.ingressZones(), d.egressZones());
        if (d.masquerade()) {
            masquerade(set, d);
        }
        Policy.checkPriority(d.name(), d.priority());
        d.protocols().forEach(ZoneItems::protocol);
        for (RichRule r : d.richRules()) {
            richRule(set, d, r);
        }
        for (String service : d.services()) {
            if (!set.catalog().services().containsKey(service)) {
                throw new FirewallException(ErrorCode.INVALID_SERVICE,
                        prefix + "'" + service + "' not among existing services");
            }
        }
        if (List.of(PolicyTarget.values()).stream().noneMatch(t -> t.name().equals(d.target()))) {
            throw new FirewallException(ErrorCode.INVALID_TARGET, prefix + "'" + d.target() + "' is invalid target");
        }
        return d.policy();
    }

    private static void zones(ZoneSet set, PolicyDraft d, String setting, List<String> zones, List<String> other) {
        String prefix = "Policy '" + d.name() + "': ";
        for (String zone : zones) {
            if (!SYMBOLIC.contains(zone) && !set.zones().containsKey(zone)) {
                throw new FirewallException(ErrorCode.INVALID_ZONE, prefix + "'" + zone + "' not among existing zones");
            }
            boolean mixed = SYMBOLIC.contains(zone) ? zones.stream().anyMatch(z -> !z.equals(zone))
                    : zones.stream().anyMatch(SYMBOLIC::contains);
            if (mixed) {
                throw new FirewallException(ErrorCode.INVALID_ZONE,
                        prefix + "'" + setting + "' may only contain one of: many regular zones, ANY, or HOST");
            }
            if (zone.equals(Policy.HOST) && other.contains(Policy.HOST)) {
                throw new FirewallException(ErrorCode.INVALID_ZONE,
                        prefix + "'HOST' can only appear in either ingress or egress zones, but not both");
            }
        }
    }

    private static void icmpType(PolicyDraft d, String name) {
        if (!IcmpTypes.isKnown(name)) {
            throw new FirewallException(ErrorCode.INVALID_ICMPTYPE,
                    "Policy '" + d.name() + "': '" + name + "' not among existing ICMP types");
        }
    }

    /** Masquerading needs a real zone on both sides: neither egress nor ingress may be HOST. */
    private static void masquerade(ZoneSet set, PolicyDraft d) {
        String prefix = "Policy '" + d.name() + "': ";
        if (d.egressZones().contains(Policy.HOST)) {
            throw new FirewallException(ErrorCode.INVALID_ZONE,
                    prefix + "'masquerade' is invalid for egress zone 'HOST'");
        }
        if (d.ingressZones().contains(Policy.HOST)) {
            throw new FirewallException(ErrorCode.INVALID_ZONE,
                    prefix + "'masquerade' is invalid for ingress zone 'HOST'");
        }
        for (String zone : d.ingressZones()) {
            if (!zone.equals(Policy.ANY) && !set.zones().containsKey(zone)) {
                throw new FirewallException(ErrorCode.INVALID_ZONE, prefix + "Zone '" + zone + "' does not exist.");
            }
        }
    }

    /**
     * A forward port towards the host may not name an address; towards other zones it must, and those zones
     * may not have interfaces.
     */
    private static void forwardPort(ZoneSet set, PolicyDraft d, boolean toAddr) {
        String prefix = "Policy '" + d.name() + "': ";
        if (d.egressZones().contains(Policy.HOST)) {
            if (toAddr) {
                throw new FirewallException(ErrorCode.INVALID_FORWARD,
                        prefix + "A 'forward-port' with 'to-addr' is invalid for egress zone 'HOST'");
            }
            return;
        }
        if (d.egressZones().isEmpty()) {
            return;
        }
        if (!toAddr) {
            throw new FirewallException(ErrorCode.INVALID_FORWARD,
                    prefix + "'forward-port' requires 'to-addr' if egress zone is 'ANY' or a zone");
        }
        if (!d.egressZones().contains(Policy.ANY)) {
            for (String zone : d.egressZones()) {
                withoutInterfaces(set, d, zone, "'forward-port' cannot be used");
            }
        }
    }

    private static void withoutInterfaces(ZoneSet set, PolicyDraft d, String zone, String what) {
        String prefix = "Policy '" + d.name() + "': ";
        if (!set.zones().containsKey(zone)) {
            throw new FirewallException(ErrorCode.INVALID_ZONE, prefix + "Zone '" + zone + "' does not exist.");
        }
        if (!set.zones().get(zone).interfaces().isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_ZONE,
                    prefix + what + " because egress zone '" + zone + "' has assigned interfaces");
        }
    }

    private static void richRule(ZoneSet set, PolicyDraft d, RichRule r) {
        switch (r.element().orElse(null)) {
            case Element.IcmpBlock b -> icmpType(d, b.name());
            case Element.IcmpType t -> icmpType(d, t.name());
            case Element.Masquerade m -> masquerade(set, d);
            case Element.ForwardPort f -> forwardPort(set, d, !f.toAddr().isEmpty());
            case null, default -> {
                if (r.action().orElse(null) instanceof Action.Mark) {
                    for (String zone : d.egressZones()) {
                        if (!SYMBOLIC.contains(zone)) {
                            withoutInterfaces(set, d, zone, "'mark' action cannot be used");
                        }
                    }
                }
            }
        }
    }
}
