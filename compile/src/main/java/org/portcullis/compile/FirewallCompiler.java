package org.portcullis.compile;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.compile.zone.ZoneCompiler;
import org.portcullis.compile.zone.ZoneInput;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * The one place a whole configuration becomes a ruleset: the direct tables at iptables priorities and,
 * beside them, the zone table at filter + 10. The daemon applies what this returns and {@code portcullis
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
        List<Table> tables = new ArrayList<>(compiled.ruleset().tables());
        tables.add(ZoneCompiler.compile(ZoneInput.of(zones.zones().values(), zones.catalog().services(),
                zones.defaultZone(), zones.panic())));
        return new Compiled(new Ruleset(tables), compiled.sourceMap());
    }
}
