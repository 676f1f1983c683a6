package org.portcullis.model.zone;

import java.util.List;
import java.util.function.UnaryOperator;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.RichRule;

/**
 * A policy: rules for traffic flowing from ingress zones to egress zones, ordered by priority around the
 * zones (negative before, positive after; 0 is reserved for zones). {@code HOST} and {@code ANY} are the
 * symbolic zones.
 */
public record Policy(String name, String version, String shortDescription, String description, PolicyTarget target,
                     int priority, List<String> ingressZones, List<String> egressZones, Primitives primitives) {

    public static final int DEFAULT_PRIORITY = -1;
    public static final String HOST = "HOST";
    public static final String ANY = "ANY";

    public Policy {
        Names.check(name, Names.POLICY_MAX);
        version = version == null ? "" : version;
        shortDescription = shortDescription == null ? "" : shortDescription;
        description = description == null ? "" : description;
        if (priority == 0 || priority < -32768 || priority > 32767) {
            throw new FirewallException(ErrorCode.INVALID_PRIORITY, priority == 0
                    ? "0 is reserved for zones" : "'" + priority + "' is out of range -32768..32767");
        }
        ingressZones = List.copyOf(ingressZones);
        egressZones = List.copyOf(egressZones);
        checkSymbolic("ingress", ingressZones);
        checkSymbolic("egress", egressZones);
        if (ingressZones.contains(HOST) && egressZones.contains(HOST)) {
            throw new FirewallException(ErrorCode.INVALID_ZONE,
                    "'HOST' can only appear in either ingress or egress zones, but not both");
        }
    }

    private static void checkSymbolic(String side, List<String> zones) {
        if (zones.size() > 1 && (zones.contains(HOST) || zones.contains(ANY))) {
            throw new FirewallException(ErrorCode.INVALID_ZONE,
                    "'" + side + "-zones' may only contain one of: many regular zones, ANY, or HOST");
        }
    }

    /** A new policy as {@code --new-policy} creates it: CONTINUE at priority -1. */
    public static Policy empty(String name) {
        return new Policy(name, "", "", "", PolicyTarget.CONTINUE, DEFAULT_PRIORITY, List.of(), List.of(),
                Primitives.EMPTY);
    }

    public List<RichRule> richRules() {
        return primitives.richRules();
    }

    public Policy withTarget(PolicyTarget t) {
        return new Policy(name, version, shortDescription, description, t, priority, ingressZones, egressZones,
                primitives);
    }

    public Policy withPriority(int p) {
        return new Policy(name, version, shortDescription, description, target, p, ingressZones, egressZones,
                primitives);
    }

    public Policy withDescriptions(String shortText, String text) {
        return new Policy(name, version, shortText, text, target, priority, ingressZones, egressZones, primitives);
    }

    public Policy withIngressZone(String zone) {
        return withZones(Items.add(ingressZones, zone, zone, name), egressZones);
    }

    public Policy withoutIngressZone(String zone) {
        return withZones(Items.remove(ingressZones, zone, zone, name), egressZones);
    }

    public Policy withEgressZone(String zone) {
        return withZones(ingressZones, Items.add(egressZones, zone, zone, name));
    }

    public Policy withoutEgressZone(String zone) {
        return withZones(ingressZones, Items.remove(egressZones, zone, zone, name));
    }

    /** Applies a change to the shared primitives, e.g. {@code p.with(x -> x.withService("ssh", p.name()))}. */
    public Policy with(UnaryOperator<Primitives> change) {
        return new Policy(name, version, shortDescription, description, target, priority, ingressZones, egressZones,
                change.apply(primitives));
    }

    private Policy withZones(List<String> in, List<String> out) {
        return new Policy(name, version, shortDescription, description, target, priority, in, out, primitives);
    }
}
