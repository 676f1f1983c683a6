package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

/** firewall-cmd's checks on option combinations, in its order, after parsing and before contacting the daemon. */
final class OptionChecks {
    private final List<String> standalone = new ArrayList<>(List.of("--help", "--version"));
    private final List<String> listing = new ArrayList<>(List.of("--help", "--version"));

    OptionChecks(List<CommandFamily> families) {
        for (CommandFamily f : families) {
            standalone.addAll(f.standaloneOptions());
            listing.addAll(f.listOptions());
        }
    }

    void check(ParsedOptions o) {
        boolean direct = o.anySet(DirectCommands.NAMES);
        if (o.anySet(standalone) && (o.set("--permanent") || o.set("--zone") || direct)) {
            throw UsageError.withUsage(Texts.STANDALONE);
        }
        if (o.set("--direct") != direct) {
            throw UsageError.withUsage(Texts.WRONG_DIRECT);
        }
        if (o.set("--zone") && o.set("--direct")) {
            throw UsageError.withUsage(Texts.ZONE_WITH_DIRECT);
        }
        if (o.set("--quiet") && o.anySet(listing)) {
            throw UsageError.forced(Texts.QUIET_REFUSED);
        }
    }
}
