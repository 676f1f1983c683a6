package org.portcullis.config.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;

/** The {@code --info-service} text of a service, as firewalld 1.3 prints it. */
public final class ServiceListing {
    private ServiceListing() {
    }

    /** With {@code verbose}, the summary and description lines follow the name. */
    public static String info(Service s, boolean verbose) {
        StringBuilder sb = new StringBuilder(s.name()).append('\n');
        if (verbose) {
            line(sb, "summary", s.shortDescription());
            line(sb, "description", s.description());
        }
        line(sb, "ports", s.ports().stream().map(Port::toString).collect(Collectors.joining(" ")));
        line(sb, "protocols", String.join(" ", s.protocols()));
        line(sb, "source-ports", s.sourcePorts().stream().map(Port::toString).collect(Collectors.joining(" ")));
        line(sb, "modules", String.join(" ", s.modules()));
        List<String> destinations = new ArrayList<>();
        s.destinationIpv4().ifPresent(a -> destinations.add("ipv4:" + a));
        s.destinationIpv6().ifPresent(a -> destinations.add("ipv6:" + a));
        line(sb, "destination", String.join(" ", destinations));
        line(sb, "includes", String.join(" ", new TreeSet<>(s.includes())));
        line(sb, "helpers", String.join(" ", new TreeSet<>(s.helpers())));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
