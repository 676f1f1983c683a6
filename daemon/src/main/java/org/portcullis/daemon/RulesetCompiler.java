package org.portcullis.daemon;

import org.portcullis.compile.Compiled;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.direct.DirectConfig;

/** Turns a direct configuration (and the zones) into the ruleset for the backend; FirewallException when it cannot. */
@FunctionalInterface
public interface RulesetCompiler {
    Compiled compile(DirectConfig config);

    /** The direct tables and, beside them, the zone table; compilers that know nothing of zones ignore them. */
    default Compiled compile(DirectConfig config, ZoneSet zones) {
        return compile(config);
    }

    static RulesetCompiler standard() {
        return new ZonedCompiler();
    }
}
