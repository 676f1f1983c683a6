package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

/** The ipset options of firewall-cmd in argparse's groups; the description options are the zone family's. */
final class IpSetOptionTable {
    /** argparse's group of the entry options and {@code --get-ipsets}. */
    static final String ENTRY_GROUP = "ipset";

    static final List<String> ENTRY_OPS = List.of("--add-entry", "--remove-entry", "--query-entry",
            "--get-entries", "--add-entries-from-file", "--remove-entries-from-file");
    /** The description options, which zones and policies share ({@link ZoneOptions#DESCRIPTIONS}). */
    static final List<String> DESCRIPTION_OPS = ZoneOptions.DESCRIPTIONS;
    static final List<String> PERMANENT_ONLY = List.of("--new-ipset", "--delete-ipset", "--path-ipset");
    static final List<String> CONFIG = List.of("--info-ipset", "--get-ipsets");

    private IpSetOptionTable() {
    }

    static List<OptionSpec> specs() {
        List<OptionSpec> out = new ArrayList<>();
        out.add(OptionSpec.of("--get-ipset-types", Arity.FLAG, StatusCommands.GROUP));
        out.add(OptionSpec.of("--info-ipset", Arity.ONE, StatusCommands.GROUP));
        PERMANENT_ONLY.forEach(o -> out.add(OptionSpec.of(o, Arity.ONE, ZoneOptions.CONFIG_GROUP)));
        out.add(OptionSpec.appending("--option", null));
        out.add(OptionSpec.of("--type", Arity.ONE, null));
        out.add(OptionSpec.of("--ipset", Arity.ONE, null));
        out.add(OptionSpec.of("--family", Arity.ONE, null));
        out.add(OptionSpec.of("--get-ipsets", Arity.FLAG, ENTRY_GROUP));
        for (String o : ENTRY_OPS) {
            out.add(o.equals("--get-entries") ? OptionSpec.of(o, Arity.FLAG, ENTRY_GROUP)
                    : OptionSpec.appending(o, ENTRY_GROUP));
        }
        return out;
    }

    /** The options that make a command one of the ipset family's. */
    static List<String> actions() {
        List<String> out = new ArrayList<>(List.of("--get-ipset-types", "--info-ipset", "--get-ipsets"));
        out.addAll(PERMANENT_ONLY);
        out.addAll(ENTRY_OPS);
        return out;
    }
}
