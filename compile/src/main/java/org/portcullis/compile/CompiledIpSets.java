package org.portcullis.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.portcullis.config.catalog.IpSetReferences;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.rich.RuleDestination;
import org.portcullis.model.rich.RuleSource;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/**
 * The ipsets the zone compiler gets: those that zone sources and the rich rules of zones and policies name,
 * with their runtime entries, in the compiler's form, after firewalld's checks of those references. Sets
 * nothing refers to do not change what the rules match and are left out.
 */
final class CompiledIpSets {
    private CompiledIpSets() {
    }

    static List<org.portcullis.model.zone.IpSet> of(ZoneSet zones) {
        IpSetReferences.all(zones);
        Set<String> named = new TreeSet<>();
        for (Zone z : zones.zones().values()) {
            z.sources().stream().filter(s -> s instanceof ZoneSource.Ipset).map(s -> ((ZoneSource.Ipset) s).name())
                    .forEach(named::add);
            z.richRules().forEach(r -> named.addAll(names(r)));
        }
        for (Policy p : zones.policies().values()) {
            p.richRules().forEach(r -> named.addAll(names(r)));
        }
        List<org.portcullis.model.zone.IpSet> out = new ArrayList<>();
        for (String name : named) {
            out.add(compiled(zones.ipset(name)));
        }
        return out;
    }

    private static List<String> names(RichRule r) {
        return Stream.concat(r.source().map(RuleSource::match).stream(),
                        r.destination().map(RuleDestination::match).stream())
                .filter(m -> m instanceof AddressMatch.Ipset).map(AddressMatch::value).toList();
    }

    private static org.portcullis.model.zone.IpSet compiled(IpSet s) {
        Map<String, String> options = new LinkedHashMap<>(s.options().values());
        options.remove("family");
        return new org.portcullis.model.zone.IpSet(s.name(), s.type().text(), s.family(), options, s.entries());
    }
}
