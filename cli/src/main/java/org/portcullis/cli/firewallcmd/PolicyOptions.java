package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of firewall-cmd that only policies have: {@code --policy} itself, {@code --new-policy},
 * {@code --delete-policy}, ingress and egress zones, priorities. The item options ({@code --add-service}, ...)
 * are the zones' ({@link ZoneOptions}).
 */
final class PolicyOptions {
    static final List<String> SIDES = List.of("ingress-zone", "egress-zone");
    static final List<String> CONFIG = List.of("--new-policy", "--delete-policy");

    private PolicyOptions() {
    }

    static List<OptionSpec> specs() {
        List<OptionSpec> out = new ArrayList<>();
        out.add(OptionSpec.of("--policy", Arity.ONE, null));
        CONFIG.forEach(o -> out.add(OptionSpec.of(o, Arity.ONE, ZoneOptions.CONFIG_GROUP)));
        for (String side : SIDES) {
            for (String verb : List.of("add", "remove", "query")) {
                out.add(OptionSpec.appending("--" + verb + "-" + side, ZoneOptions.ZONE_GROUP));
            }
            out.add(OptionSpec.of("--list-" + side + "s", Arity.FLAG, ZoneOptions.ZONE_GROUP));
        }
        out.add(OptionSpec.of("--get-priority", Arity.FLAG, ZoneOptions.ZONE_GROUP));
        out.add(OptionSpec.of("--set-priority", Arity.ONE, ZoneOptions.ZONE_GROUP));
        return out;
    }

    /** Options only policies have; they need {@code --policy} and are refused with {@code --zone}. */
    static List<String> unique() {
        return specs().stream().filter(s -> ZoneOptions.ZONE_GROUP.equals(s.group())).map(OptionSpec::name).toList();
    }
}
