package org.portcullis.daemon;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.FirewallCompiler;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.direct.DirectConfig;

/** The standard compiler: {@link FirewallCompiler}, the same one {@code portcullis explain} uses. */
final class ZonedCompiler implements RulesetCompiler {
    @Override
    public Compiled compile(DirectConfig config) {
        return DirectCompiler.compile(config);
    }

    @Override
    public Compiled compile(DirectConfig config, ZoneSet zones) {
        return FirewallCompiler.compile(config, zones);
    }
}
