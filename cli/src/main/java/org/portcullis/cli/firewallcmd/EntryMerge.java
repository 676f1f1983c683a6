package org.portcullis.cli.firewallcmd;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code --add-entries-from-file} and {@code --remove-entries-from-file}: the entries of each file are added
 * to or removed from a list in turn; entries already there (or missing) are reported with {@code -v} only.
 * A file that cannot be read ends the command with exit 0 when it is the only one, else it is a warning.
 */
final class EntryMerge {
    private final Output out;
    private final boolean verbose;
    private final boolean add;
    private final Set<String> entries;
    private boolean changed;

    EntryMerge(Output out, boolean verbose, boolean add, List<String> entries) {
        this.out = out;
        this.verbose = verbose;
        this.add = add;
        this.entries = new LinkedHashSet<>(entries);
    }

    /**
     * Reads the files; after each file, once something changed, {@code afterFile} sees the entries so far and
     * may end the command with an exit code. Empty when the command goes on.
     */
    OptionalInt run(List<String> files, Function<List<String>, OptionalInt> afterFile) {
        for (String file : files) {
            List<String> read;
            try {
                read = EntryFiles.read(file);
            } catch (IOException e) {
                String message = "Failed to read file '" + file + "': " + e.getMessage();
                if (files.size() > 1) {
                    out.warning(message);
                    continue;
                }
                return OptionalInt.of(out.exit(message, 0));
            }
            for (String e : read) {
                boolean done = add ? entries.add(e) : entries.remove(e);
                changed |= done;
                if (!done && verbose) {
                    out.message("Warning: " + (add ? "ALREADY_ENABLED: " : "NOT_ENABLED: ") + e);
                }
            }
            if (changed) {
                OptionalInt end = afterFile.apply(entries());
                if (end.isPresent()) {
                    return end;
                }
            }
        }
        return OptionalInt.empty();
    }

    boolean changed() {
        return changed;
    }

    List<String> entries() {
        return List.copyOf(entries);
    }
}
