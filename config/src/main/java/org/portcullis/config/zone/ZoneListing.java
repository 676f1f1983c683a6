package org.portcullis.config.zone;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/** The {@code --list-all} / {@code --info-zone} text of a zone, as firewalld 1.3 prints it. */
public final class ZoneListing {
    private ZoneListing() {
    }

    /**
     * The listing, each line ending in a newline. The header is the bare name, or {@code name (active)} when
     * {@code active}. firewalld 1.3 never marks the default zone in this listing ({@code --list-all} does not
     * pass the default zone to its printer), so {@code isDefault} does not change the text; it is kept so
     * callers need not change when a later firewalld's header is reproduced.
     */
    public static String listAll(Zone z, boolean isDefault, boolean active) {
        StringBuilder sb = new StringBuilder(z.name());
        if (active) {
            sb.append(" (active)");
        }
        sb.append('\n');
        line(sb, "target", z.target().xml());
        line(sb, "icmp-block-inversion", yesNo(z.icmpBlockInversion()));
        line(sb, "interfaces", String.join(" ", new TreeSet<>(z.interfaces())));
        line(sb, "sources", z.sources().stream().map(ZoneSource::text).collect(Collectors.joining(" ")));
        line(sb, "services", String.join(" ", new TreeSet<>(z.services())));
        line(sb, "ports", ports(z.ports()));
        line(sb, "protocols", String.join(" ", new TreeSet<>(z.protocols())));
        line(sb, "forward", yesNo(z.forward()));
        line(sb, "masquerade", yesNo(z.masquerade()));
        line(sb, "forward-ports", tabbed(z.forwardPorts().stream().map(ForwardPort::toString).toList()));
        line(sb, "source-ports", ports(z.sourcePorts()));
        line(sb, "icmp-blocks", String.join(" ", z.icmpBlocks()));
        line(sb, "rich rules", tabbed(z.richRules().stream().sorted(RichRule.BY_PRIORITY)
                .map(RichRule::toString).toList()));
        return sb.toString();
    }

    private static String ports(List<Port> ports) {
        return ports.stream().map(Port::toString).collect(Collectors.joining(" "));
    }

    private static String tabbed(List<String> lines) {
        return lines.isEmpty() ? "" : "\n\t" + String.join("\n\t", lines);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
