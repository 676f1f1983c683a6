package org.portcullis.daemon;

import java.nio.file.Path;
import java.util.function.Function;

import org.portcullis.daemon.zone.XmlZoneStore;
import org.portcullis.daemon.zone.ZoneStore;

/** The pieces the daemon takes from the configuration and compiler modules; tests substitute small fakes. */
public record Toolkit(RulesetCompiler compiler, DirectValidator validator, ArgsQuoting quoting,
                      Function<Path, DirectStore> stores, Function<Path, ZoneStore> zoneStores) {

    public Toolkit(RulesetCompiler compiler, DirectValidator validator, ArgsQuoting quoting,
                   Function<Path, DirectStore> stores) {
        this(compiler, validator, quoting, stores, XmlZoneStore::new);
    }

    public static Toolkit standard() {
        return new Toolkit(RulesetCompiler.standard(), DirectValidator.standard(), ArgsQuoting.standard(),
                XmlDirectStore::new, XmlZoneStore::new);
    }

    public DirectStore store(Path configDir) {
        return stores.apply(configDir);
    }

    public ZoneStore zoneStore(Path configDir) {
        return zoneStores.apply(configDir);
    }
}
