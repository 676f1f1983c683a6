package org.portcullis.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.compile.zone.ZoneCompiler;
import org.portcullis.compile.zone.ZoneInput;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * The one place a whole configuration becomes a ruleset: the direct tables at iptables priorities and,
 * beside them, the zone table at filter + 10 (and in panic mode the panic table), with one source map for all. The daemon applies what this returns and {@code portcullis
 * explain} plays packets through it, so both always see the same rules. Errors are FirewallException.
 */
public final class FirewallCompiler {
    private FirewallCompiler() {
    }

    /** {@code zones} without any zone and without panic mode adds no zone table. */
    public static Compiled compile(DirectConfig direct, ZoneSet zones) {
        Compiled compiled = DirectCompiler.compile(direct);
        if (zones.zones().isEmpty() && !zones.panic()) {
            return compiled;
        }
        Compiled zoned = ZoneCompiler.compile(ZoneInput.of(zones.zones().values(), zones.catalog().services(),
                zones.defaultZone(), zones.panic()).withPolicies(zones.policies().values())
                .withIpsets(CompiledIpSets.of(zones)).withLogDenied(zones.logDenied()));
        List<Table> tables = new ArrayList<>(compiled.ruleset().tables());
        tables.addAll(zoned.ruleset().tables());
        Map<RuleRef, Origin> origins = new HashMap<>(compiled.sourceMap().origins());
        origins.putAll(zoned.sourceMap().origins());
        return new Compiled(new Ruleset(tables), new SourceMap(origins));
    }
}
