package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.SourceMap;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * Compiles zones and policies into the table {@code inet portcullis} in the layout firewalld 1.3 builds in
 * {@code inet firewalld} when it starts or reloads with the same configuration: base chains, zone and policy
 * dispatch, then the active zones by name, the default zone, and the active policies by name, each with its
 * chains and rules in firewalld's order. Panic mode adds the table {@code inet portcullis_policy_drop}.
 */
public final class ZoneCompiler {
    public static final String TABLE = "portcullis";

    private final ZoneInput in;
    private final TableDraft t = new TableDraft(Family.INET, TABLE);
    private final LogDenied logDenied;
    private final Map<String, IpSet> ipsets = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new LinkedHashMap<>();

    private ZoneCompiler(ZoneInput in) {
        this.in = in;
        this.logDenied = new LogDenied(in.logDenied());
        in.ipsets().forEach(s -> ipsets.put(s.name(), s));
        in.zones().stream().sorted(Comparator.comparing(Zone::name)).forEach(z -> zones.put(z.name(), z));
    }

    public static Compiled compile(ZoneInput in) {
        return new ZoneCompiler(in).compile();
    }

    private Compiled compile() {
        in.policies().forEach(p -> PolicyChecks.check(p, zones));
        ipsets.values().forEach(s -> t.set(IpSets.of(s)));
        BaseRules.add(t, logDenied);
        List<Zone> active = zones.values().stream().filter(ZoneCompiler::active).toList();
        Zone defaultZone = zones.get(in.defaultZone());
        active.forEach(this::apply);
        if (defaultZone != null && !active.contains(defaultZone)) {
            apply(defaultZone);
        }
        Dispatch.zones(t, active, defaultZone, ipsets);
        Set<String> live = new HashSet<>(Set.of(Scope.HOST, Scope.ANY));
        active.forEach(z -> live.add(z.name()));
        in.policies().stream().sorted(Comparator.comparing(Policy::name))
                .filter(p -> p.ingressZones().stream().anyMatch(live::contains)
                        && p.egressZones().stream().anyMatch(live::contains))
                .forEach(this::apply);
        List<Table> tables = new ArrayList<>(List.of(t.table()));
        if (in.panic()) {
            tables.add(PanicTable.table());
        }
        Map<RuleRef, Origin> origins = new HashMap<>();
        t.origins(origins);
        return new Compiled(new Ruleset(tables), new SourceMap(origins));
    }

    private static boolean active(Zone z) {
        return !z.interfaces().isEmpty() || !z.sources().isEmpty();
    }

    private void apply(Zone z) {
        List<Scope> scopes = Scope.ofZone(z);
        for (Scope s : scopes) {
            s.hookpoints(x -> false).forEach(h -> ScopeChains.add(t, s, h, logDenied));
            items(s);
        }
        Dispatch.forward(t, z, ipsets);
        IcmpBlocks.inversion(t, scopes.getFirst(), logDenied);
    }

    private void apply(Policy p) {
        Scope s = Scope.ofPolicy(p);
        List<Hookpoint> hookpoints = s.hookpoints(name -> zones.containsKey(name)
                && !zones.get(name).interfaces().isEmpty());
        hookpoints.forEach(h -> ScopeChains.add(t, s, h, logDenied));
        PolicyDispatch.add(t, s, hookpoints, zones, ipsets);
        items(s);
    }

    /** A scope's items in the order firewalld applies them. */
    private void items(Scope s) {
        Map<String, Service> services = in.services();
        PrimitiveRules.services(t, s, services);
        PrimitiveRules.ports(t, s);
        NatRules.masquerade(t, s);
        NatRules.forwardPorts(t, s);
        PrimitiveRules.sourcePorts(t, s);
        IcmpBlocks.blocks(t, s, logDenied);
        RichRules rich = new RichRules(t, s, services, ipsets);
        for (RichRule r : s.items().richRules()) {
            rich.add(r);
        }
        PrimitiveRules.protocols(t, s);
    }
}
