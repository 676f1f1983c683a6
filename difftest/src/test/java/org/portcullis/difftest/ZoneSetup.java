package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.FirewallCompiler;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.zone.PolicyListing;
import org.portcullis.config.zone.ZoneListing;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.Zone;

/** A whole configuration for {@code H}: zones, policies and LogDenied, and direct rules beside them. */
record ZoneSetup(ZoneSet zones, DirectConfig direct) {

    /** The ports forward ports and rich rules send on, as {@code tcp/8080}: connections worth trying. */
    List<String> forwardedPorts() {
        List<String> out = new ArrayList<>();
        List<Primitives> all = new ArrayList<>(zones.zones().values().stream().map(Zone::primitives).toList());
        zones.catalog().policies().values().forEach(p -> all.add(p.primitives()));
        for (Primitives p : all) {
            p.forwardPorts().forEach(f -> out.add(f.protocol().text() + "/" + f.port()));
            for (RichRule r : p.richRules()) {
                if (r.element().orElse(null) instanceof Element.ForwardPort f) {
                    out.add(f.protocol() + "/" + f.port());
                }
            }
        }
        return out;
    }

    Compiled compile() {
        return FirewallCompiler.compile(direct, zones);
    }

    /** The configuration as firewall-cmd lists it: the zones in use, the user's policies, the direct rules. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("default zone: ").append(zones.defaultZone()).append(", LogDenied: ").append(zones.logDenied())
                .append(zones.panic() ? ", panic mode on" : "").append('\n');
        for (Zone z : zones.zones().values()) {
            if (zones.isActive(z) || z.name().equals(zones.defaultZone())) {
                sb.append(ZoneListing.listAll(z, z.name().equals(zones.defaultZone()), zones.isActive(z)));
            }
        }
        zones.catalog().policies().values().stream().filter(p -> !p.name().equals("allow-host-ipv6"))
                .forEach(p -> sb.append(PolicyListing.listAll(p)));
        sb.append(direct.rules().stream().map(ZoneSetup::directRule).collect(Collectors.joining()));
        return sb.toString();
    }

    private static String directRule(DirectRule r) {
        return "direct: " + r.ipv().word() + " " + r.table() + " " + r.chain() + " "
                + r.priority() + " " + String.join(" ", r.args()) + "\n";
    }
}
