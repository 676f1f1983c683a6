package org.portcullis.cli.firewallcmd;

import java.util.List;

/** firewall-cmd's checks on option combinations, in its order, after parsing and before contacting the daemon. */
final class OptionChecks {
    private static final List<String> STANDALONE = List.of("--help", "--version", "--state", "--reload",
            "--complete-reload", "--runtime-to-permanent", "--check-config");

    private OptionChecks() {
    }

    static void check(ParsedOptions o) {
        boolean direct = o.anySet(DirectCommands.NAMES);
        if (o.anySet(STANDALONE) && (o.set("--permanent") || o.set("--zone") || direct)) {
            throw UsageError.withUsage(Texts.STANDALONE);
        }
        if (o.set("--direct") != direct) {
            throw UsageError.withUsage(Texts.WRONG_DIRECT);
        }
        if (o.set("--zone") && o.set("--direct")) {
            throw UsageError.withUsage(Texts.ZONE_WITH_DIRECT);
        }
        if (o.set("--quiet") && (o.set("--help") || o.set("--version"))) {
            throw UsageError.forced(Texts.QUIET_REFUSED);
        }
    }
}
