package org.portcullis.daemon;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.compile.zone.ZoneCompiler;
import org.portcullis.compile.zone.ZoneInput;
import org.portcullis.daemon.zone.ZoneSet;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/** The standard compiler: direct tables at iptables priorities, the zone table at filter + 10 beside them. */
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
        List<Table> tables = new ArrayList<>(direct.ruleset().tables());
        tables.add(ZoneCompiler.compile(ZoneInput.of(zones.zones().values(), zones.catalog().services(),
                zones.defaultZone(), zones.panic())));
        return new Compiled(new Ruleset(tables), direct.sourceMap());
    }
}
