package org.portcullis.daemon;

import java.nio.file.Path;
import java.util.function.Function;

/** The pieces the daemon takes from the configuration and compiler modules; tests substitute small fakes. */
public record Toolkit(RulesetCompiler compiler, DirectValidator validator, ArgsQuoting quoting,
                      Function<Path, DirectStore> stores) {

    public static Toolkit standard() {
        return new Toolkit(RulesetCompiler.standard(), DirectValidator.standard(), ArgsQuoting.standard(),
                XmlDirectStore::new);
    }

    public DirectStore store(Path configDir) {
        return stores.apply(configDir);
    }
}
