package org.portcullis.daemon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.SourceMap;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.compile.zone.ZoneCompiler;
import org.portcullis.compile.zone.ZoneInput;
import org.portcullis.daemon.zone.ZoneSet;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * The standard compiler: direct tables at iptables priorities, the zone table (and in panic mode the panic
 * table) beside them, with one source map for all.
 */
final class ZonedCompiler implements RulesetCompiler {
    @Override
    public Compiled compile(DirectConfig config) {
        return DirectCompiler.compile(config);
    }

    @Override
    public Compiled compile(DirectConfig config, ZoneSet zones) {
        Compiled direct = DirectCompiler.compile(config);
        if (zones.zones().isEmpty() && !zones.panic()) {
            return direct;
        }
        Compiled zoned = ZoneCompiler.compile(ZoneInput.of(zones.zones().values(), zones.catalog().services(),
                zones.defaultZone(), zones.panic()).withPolicies(zones.catalog().policies().values())
                .withLogDenied(zones.logDenied()));
        List<Table> tables = new ArrayList<>(direct.ruleset().tables());
        tables.addAll(zoned.ruleset().tables());
        Map<RuleRef, Origin> origins = new HashMap<>(direct.sourceMap().origins());
        origins.putAll(zoned.sourceMap().origins());
        return new Compiled(new Ruleset(tables), new SourceMap(origins));
    }
}
