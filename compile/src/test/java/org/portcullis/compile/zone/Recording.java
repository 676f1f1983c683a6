package org.portcullis.compile.zone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;
import org.portcullis.nft.json.RulesetJsonReader;

/**
 * A ruleset recorded from firewalld 1.3.3 ({@code nft -j list ruleset}, it/src/test/resources/oracle), read
 * into the IR with firewalld's tables renamed to Portcullis' ({@code firewalld} to {@code portcullis},
 * {@code firewalld_policy_drop} to {@code portcullis_policy_drop}).
 */
final class Recording {
    static final Path ORACLE = Path.of("../it/src/test/resources/oracle");

    private Recording() {
    }

    static Ruleset read(String name) throws IOException {
        Path file = ORACLE.resolve(name + ".json");
        assertTrue(Files.isRegularFile(file), "recorded ruleset missing: " + file.toAbsolutePath());
        Ruleset r = RulesetJsonReader.read(Files.readString(file));
        return new Ruleset(r.tables().stream().filter(t -> t.family() == Family.INET && t.name().startsWith("firewalld"))
                .map(t -> new Table(t.family(), t.name().replaceFirst("^firewalld", ZoneCompiler.TABLE), t.sets(),
                        t.chains()))
                .toList());
    }

    static Path file(String name) {
        return ORACLE.resolve(name);
    }

    static List<String> names(Ruleset r) {
        return r.tables().stream().map(Table::name).toList();
    }
}
