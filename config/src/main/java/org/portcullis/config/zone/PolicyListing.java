package org.portcullis.config.zone;

import java.util.TreeSet;
import java.util.stream.Collectors;

import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Port;

/** The {@code --list-all} / {@code --info-policy} text of a policy, as firewalld 1.3 prints it. */
public final class PolicyListing {
    private PolicyListing() {
    }

    /** The header says {@code (active)} when the policy has both ingress and egress zones. */
    public static String listAll(Policy p) {
        StringBuilder sb = new StringBuilder(p.name());
        if (!p.ingressZones().isEmpty() && !p.egressZones().isEmpty()) {
            sb.append(" (active)");
        }
        sb.append('\n');
        line(sb, "priority", Integer.toString(p.priority()));
        line(sb, "target", p.target().name());
        line(sb, "ingress-zones", String.join(" ", p.ingressZones()));
        line(sb, "egress-zones", String.join(" ", p.egressZones()));
        line(sb, "services", String.join(" ", new TreeSet<>(p.primitives().services())));
        line(sb, "ports", p.primitives().ports().stream().map(Port::toString).collect(Collectors.joining(" ")));
        line(sb, "protocols", String.join(" ", new TreeSet<>(p.primitives().protocols())));
        line(sb, "masquerade", p.primitives().masquerade() ? "yes" : "no");
        line(sb, "forward-ports", tabbed(p.primitives().forwardPorts().stream().map(ForwardPort::toString)
                .collect(Collectors.joining("\n\t"))));
        line(sb, "source-ports", p.primitives().sourcePorts().stream().map(Port::toString)
                .collect(Collectors.joining(" ")));
        line(sb, "icmp-blocks", String.join(" ", p.primitives().icmpBlocks()));
        line(sb, "rich rules", tabbed(p.richRules().stream().sorted(RichRule.BY_PRIORITY).map(RichRule::toString)
                .collect(Collectors.joining("\n\t"))));
        return sb.toString();
    }

    private static String tabbed(String joined) {
        return joined.isEmpty() ? "" : "\n\t" + joined;
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
