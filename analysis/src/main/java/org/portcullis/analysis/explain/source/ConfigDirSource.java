package org.portcullis.analysis.explain.source;

import java.nio.file.Files;
import java.nio.file.Path;

import org.portcullis.compile.FirewallCompiler;
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.dir.ConfigDir;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * A configuration directory laid out as {@code /etc/firewalld}: read as the daemon reads it at start
 * ({@link ConfigDir}: direct rules, zones, services, policies, default zone, LogDenied, over the built-in
 * catalog and {@code systemServices}) and compiled as the daemon compiles it ({@link FirewallCompiler}).
 * Zone, service and policy files that fail to load are skipped, as the daemon skips them, and named in notes.
 */
public record ConfigDirSource(Path dir, Path systemServices) implements RulesetSource {

    public ConfigDirSource(Path dir) {
        this(dir, CatalogLoader.SYSTEM_SERVICES);
    }

    @Override
    public LoadedRuleset load() {
        if (!Files.isDirectory(dir)) {
            throw new FirewallException(ErrorCode.INVALID_DIRECTORY, dir + " is not a directory");
        }
        ConfigDir config = new ConfigDir(dir, systemServices);
        ZoneSet zones = config.zones();
        return new LoadedRuleset(FirewallCompiler.compile(config.direct(), zones),
                zones.catalog().problems().stream().map(p -> "skipped " + p).toList());
    }

    @Override
    public String describe() {
        return "configuration directory " + dir;
    }
}
