package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

/** firewall-cmd's checks on option combinations, in its order, after parsing and before contacting the daemon. */
final class OptionChecks {
    private static final List<String> COMPANION_GROUPS =
            List.of(ZoneOptions.ZONE_GROUP, ZoneOptions.CONFIG_GROUP, ZoneOptions.SERVICE_GROUP);

    private final List<CommandFamily> families;
    private final List<String> standalone = new ArrayList<>(List.of("--help", "--version"));
    private final List<String> listing = new ArrayList<>(List.of("--help", "--version"));
    /** Options of zones and policies, which stand-alone options may not be combined with either. */
    private final List<String> companions = new ArrayList<>(List.of("--permanent", "--zone", "--policy", "--timeout"));
    /** Further options the families name, refused with stand-alone options when given a value. */
    private final List<String> others = new ArrayList<>();

    OptionChecks(List<CommandFamily> families) {
        this.families = List.copyOf(families);
        for (CommandFamily f : families) {
            standalone.addAll(f.standaloneOptions());
            listing.addAll(f.listOptions());
            f.options().stream().filter(s -> s.group() != null && COMPANION_GROUPS.contains(s.group()))
                    .forEach(s -> companions.add(s.name()));
            others.addAll(f.nonStandaloneOptions());
        }
    }

    void check(ParsedOptions o) {
        boolean direct = o.anySet(DirectCommands.NAMES);
        if (o.anySet(standalone) && (direct || o.anySet(companions) || o.anyTruthy(others))) {
            throw UsageError.withUsage(Texts.STANDALONE);
        }
        families.forEach(f -> f.checkObject(o));
        if (o.set("--direct") != direct) {
            throw UsageError.withUsage(Texts.WRONG_DIRECT);
        }
        if (o.set("--zone") && o.set("--direct")) {
            throw UsageError.withUsage(Texts.ZONE_WITH_DIRECT);
        }
        families.forEach(f -> f.checkScope(o));
        if (o.set("--quiet") && o.anySet(listing)) {
            throw UsageError.forced(Texts.QUIET_REFUSED);
        }
    }
}
