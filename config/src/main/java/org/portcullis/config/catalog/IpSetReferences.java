package org.portcullis.config.catalog;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetType;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/**
 * firewalld's runtime checks of the ipsets that zone sources and rich rules name: the set must exist, a
 * source set must be of a type usable as a source, and a set's family must agree with the rule's.
 */
public final class IpSetReferences {
    private IpSetReferences() {
    }

    /** Every zone source and every rich rule of zones and policies, as applying them checks them. */
    public static void all(ZoneSet set) {
        for (Zone z : set.zones().values()) {
            z.sources().forEach(s -> source(set, s));
            z.richRules().forEach(r -> richRule(set, r));
        }
        for (Policy p : set.policies().values()) {
            p.richRules().forEach(r -> richRule(set, r));
        }
    }

    /** A zone source {@code ipset:NAME}; other sources pass. */
    public static void source(ZoneSet set, ZoneSource source) {
        if (source instanceof ZoneSource.Ipset i) {
            usableAsSource(set, i.name());
        }
    }

    public static void richRule(ZoneSet set, RichRule rule) {
        rule.source().map(s -> s.match()).filter(m -> m instanceof AddressMatch.Ipset).ifPresent(m -> {
            String family = family(usableAsSource(set, m.value()));
            rule.family().map(f -> f.text()).filter(f -> family != null && !f.equals(family)).ifPresent(f -> {
                throw new FirewallException(ErrorCode.INVALID_RULE, "Source address family '" + family
                        + "' conflicts with rule family '" + f + "'.");
            });
        });
        rule.destination().map(d -> d.match()).filter(m -> m instanceof AddressMatch.Ipset).ifPresent(m -> {
            String family = family(set.ipset(m.value()));
            rule.family().map(f -> f.text()).filter(f -> family != null && !f.equals(family)).ifPresent(f -> {
                throw new FirewallException(ErrorCode.COMMAND_FAILED, "destination ipset '" + m.value()
                        + "' of family '" + family + "' conflicts with rule family '" + f + "'");
            });
        });
    }

    /** {@code ipv4} or {@code ipv6}; none for MAC sets, which match either. */
    private static String family(IpSet s) {
        return s.type() == IpSetType.HASH_MAC ? null : s.family().equals("inet6") ? "ipv6" : "ipv4";
    }

    private static IpSet usableAsSource(ZoneSet set, String name) {
        IpSet s = set.ipset(name);
        if (!s.type().usableAsSource()) {
            throw new FirewallException(ErrorCode.INVALID_IPSET,
                    "ipset '" + name + "' with type '" + s.type() + "' not usable as source");
        }
        return s;
    }
}
