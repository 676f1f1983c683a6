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
    public static final int PRIORITY_MIN = -32768;
    public static final int PRIORITY_MAX = 32767;

    public Policy {
        Names.check(name, Names.POLICY_MAX);
        version = version == null ? "" : version;
        shortDescription = shortDescription == null ? "" : shortDescription;
        description = description == null ? "" : description;
        checkPriority(name, priority);
        ingressZones = List.copyOf(ingressZones);
        egressZones = List.copyOf(egressZones);
        checkSymbolic(name, "egress_zones", egressZones);
        checkSymbolic(name, "ingress_zones", ingressZones);
        if (ingressZones.contains(HOST) && egressZones.contains(HOST)) {
            throw new FirewallException(ErrorCode.INVALID_ZONE, "Policy '" + name
                    + "': 'HOST' can only appear in either ingress or egress zones, but not both");
        }
    }

    /** A policy's priority lies in -32768..32767; 0 is reserved for zones. */
    public static void checkPriority(String name, int priority) {
        if (priority == 0 || priority < PRIORITY_MIN || priority > PRIORITY_MAX) {
            throw new FirewallException(ErrorCode.INVALID_PRIORITY, "Policy '" + name + "': " + priority
                    + " is invalid priority. Must be in range [" + PRIORITY_MIN + ", " + PRIORITY_MAX
                    + "]. The following are reserved: [0]");
        }
    }

    /** HOST and ANY each stand alone among a side's zones; the message names firewalld's setting. */
    private static void checkSymbolic(String name, String setting, List<String> zones) {
        if (zones.size() > 1 && (zones.contains(HOST) || zones.contains(ANY))) {
            throw new FirewallException(ErrorCode.INVALID_ZONE, "Policy '" + name + "': '" + setting
                    + "' may only contain one of: many regular zones, ANY, or HOST");
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

    public Policy withShortDescription(String text) {
        return withDescriptions(text, description);
    }

    public Policy withDescription(String text) {
        return withDescriptions(shortDescription, text);
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
