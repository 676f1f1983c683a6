package org.portcullis.compile.zone;

import java.util.List;
import java.util.Map;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;

/**
 * firewalld's checks of a policy's nat and mark items against its zones, with its errors: no masquerading
 * from or to the host itself; a forward port to the host without {@code to-addr}, to any other zone with one,
 * and never to a zone bound to interfaces; no mark towards a zone bound to interfaces. Such a policy would
 * otherwise put nat where the kernel refuses it (masquerade on the output hook).
 */
final class PolicyChecks {
    private PolicyChecks() {
    }

    static void check(Policy p, Map<String, Zone> zones) {
        boolean masquerade = p.primitives().masquerade();
        for (RichRule r : p.richRules()) {
            masquerade |= r.element().orElse(null) instanceof Element.Masquerade;
        }
        if (masquerade) {
            for (String side : List.of("egress", "ingress")) {
                if ((side.equals("egress") ? p.egressZones() : p.ingressZones()).contains(Policy.HOST)) {
                    throw new FirewallException(ErrorCode.INVALID_ZONE,
                            "Policy '" + p.name() + "': 'masquerade' is invalid for " + side + " zone 'HOST'");
                }
            }
        }
        p.primitives().forwardPorts().forEach(f -> forwardPort(p, f.toAddr().isPresent(), zones));
        for (RichRule r : p.richRules()) {
            if (r.element().orElse(null) instanceof Element.ForwardPort f) {
                forwardPort(p, !f.toAddr().isEmpty(), zones);
            }
            if (r.action().orElse(null) instanceof Action.Mark) {
                requireNoInterfaces(p, "'mark' action", zones);
            }
        }
    }

    private static void forwardPort(Policy p, boolean toAddr, Map<String, Zone> zones) {
        if (p.egressZones().contains(Policy.HOST)) {
            if (toAddr) {
                throw new FirewallException(ErrorCode.INVALID_FORWARD,
                        "Policy '" + p.name() + "': A 'forward-port' with 'to-addr' is invalid for egress zone 'HOST'");
            }
            return;
        }
        if (p.egressZones().isEmpty()) {
            return;
        }
        if (!toAddr) {
            throw new FirewallException(ErrorCode.INVALID_FORWARD,
                    "Policy '" + p.name() + "': 'forward-port' requires 'to-addr' if egress zone is 'ANY' or a zone");
        }
        requireNoInterfaces(p, "'forward-port'", zones);
    }

    private static void requireNoInterfaces(Policy p, String what, Map<String, Zone> zones) {
        if (p.egressZones().contains(Policy.ANY)) {
            return;
        }
        for (String name : p.egressZones()) {
            Zone z = zones.get(name);
            if (z != null && !name.equals(Policy.HOST) && !z.interfaces().isEmpty()) {
                throw new FirewallException(ErrorCode.INVALID_ZONE, "Policy '" + p.name() + "': " + what
                        + " cannot be used because egress zone '" + name + "' has assigned interfaces");
            }
        }
    }
}
