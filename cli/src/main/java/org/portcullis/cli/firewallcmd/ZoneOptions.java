package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.daemon.api.ZoneOps;

/** The zone options of firewall-cmd, in argparse's groups, and the daemon operation each one calls. */
final class ZoneOptions {
    static final String ZONE_GROUP = "zone_or_policy";
    static final String CONFIG_GROUP = "config";
    /** firewall-cmd's group of service options, which also holds the description options of zones and policies. */
    static final String SERVICE_GROUP = "service";

    /** Options printing one daemon answer without a zone: {@code --get-zones} and the like. */
    static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("--get-zones", ZoneOps.GET_ZONES),
            Map.entry("--get-default-zone", ZoneOps.GET_DEFAULT_ZONE),
            Map.entry("--get-active-zones", ZoneOps.GET_ACTIVE_ZONES),
            Map.entry("--get-services", ZoneOps.GET_SERVICES),
            Map.entry("--get-icmptypes", ZoneOps.GET_ICMPTYPES),
            Map.entry("--get-policies", ZoneOps.GET_POLICIES),
            Map.entry("--get-active-policies", ZoneOps.GET_ACTIVE_POLICIES),
            Map.entry("--list-all-zones", ZoneOps.LIST_ALL_ZONES),
            Map.entry("--list-all-policies", ZoneOps.LIST_ALL_POLICIES),
            Map.entry("--get-log-denied", ZoneOps.GET_LOG_DENIED));

    /** Options taking one value and printing the answer: {@code --info-zone=Z} and the like. */
    static final Map<String, String> INFOS = Map.of(
            "--info-zone", ZoneOps.INFO_ZONE,
            "--info-service", ZoneOps.INFO_SERVICE,
            "--info-policy", ZoneOps.INFO_POLICY);

    /** Standalone changes with one value or none. */
    static final Map<String, String> SETTINGS = Map.of(
            "--set-default-zone", ZoneOps.SET_DEFAULT_ZONE,
            "--set-log-denied", ZoneOps.SET_LOG_DENIED,
            "--panic-on", ZoneOps.PANIC_ON,
            "--panic-off", ZoneOps.PANIC_OFF);

    static final List<String> ZONE_OF = List.of("--get-zone-of-interface", "--get-zone-of-source");
    /** Options editing or printing the descriptions in a zone's (or policy's) file. */
    static final List<String> DESCRIPTIONS = List.of("--set-description", "--get-description", "--set-short",
            "--get-short");
    static final List<String> PERMANENT_ONLY = List.of("--new-zone", "--delete-zone", "--get-target", "--set-target",
            "--set-description", "--get-description", "--set-short", "--get-short");
    static final List<String> CONFIG = List.of("--get-zones", "--get-services", "--get-icmptypes", "--list-all-zones",
            "--get-zone-of-interface", "--get-zone-of-source", "--info-zone", "--info-service", "--info-policy",
            "--get-policies", "--list-all-policies");
    static final List<String> STANDALONE = List.of("--panic-on", "--panic-off", "--query-panic", "--get-default-zone",
            "--set-default-zone", "--get-active-zones", "--get-log-denied", "--set-log-denied",
            "--get-active-policies");
    static final List<String> TIMED = List.of("--add-service", "--add-port", "--add-protocol", "--add-icmp-block",
            "--add-forward-port", "--add-source-port", "--add-forward", "--add-masquerade", "--add-rich-rule");

    /** The plural spelling of {@code --list-KIND} for each item kind that has one. */
    static final Map<String, String> LIST_PLURALS = Map.of(
            "service", "services", "port", "ports", "protocol", "protocols", "source-port", "source-ports",
            "source", "sources", "interface", "interfaces", "icmp-block", "icmp-blocks",
            "rich-rule", "rich-rules", "forward-port", "forward-ports");

    private ZoneOptions() {
    }

    static List<OptionSpec> specs() {
        List<OptionSpec> out = new ArrayList<>();
        for (String o : List.of("--get-log-denied", "--panic-on", "--panic-off", "--query-panic",
                "--get-default-zone", "--get-zones", "--get-policies", "--get-services", "--get-icmptypes",
                "--get-active-zones", "--get-active-policies", "--list-all-zones", "--list-all-policies")) {
            out.add(OptionSpec.of(o, Arity.FLAG, StatusCommands.GROUP));
        }
        for (String o : List.of("--set-log-denied", "--set-default-zone", "--info-zone", "--info-policy",
                "--info-service")) {
            out.add(OptionSpec.of(o, Arity.ONE, StatusCommands.GROUP));
        }
        ZONE_OF.forEach(o -> out.add(OptionSpec.appending(o, StatusCommands.GROUP)));
        out.add(OptionSpec.of("--new-zone", Arity.ONE, CONFIG_GROUP));
        out.add(OptionSpec.of("--delete-zone", Arity.ONE, CONFIG_GROUP));
        out.add(OptionSpec.of("--timeout", Arity.ONE, null));
        for (String kind : ZoneOps.ITEMS) {
            if (ZoneOps.isFlag(kind)) {
                for (String verb : List.of("add", "remove", "query")) {
                    out.add(OptionSpec.of("--" + verb + "-" + kind, Arity.FLAG, ZONE_GROUP));
                }
                continue;
            }
            for (String verb : List.of("add", "remove", "query")) {
                out.add(OptionSpec.appending("--" + verb + "-" + kind, ZONE_GROUP));
            }
            out.add(OptionSpec.of("--list-" + LIST_PLURALS.get(kind), Arity.FLAG, ZONE_GROUP));
        }
        out.add(new OptionSpec(List.of("--change-interface", "--change-zone"), Arity.ONE, ZONE_GROUP, true));
        out.add(OptionSpec.appending("--change-source", ZONE_GROUP));
        out.add(OptionSpec.of("--list-all", Arity.FLAG, ZONE_GROUP));
        out.add(OptionSpec.of("--get-target", Arity.FLAG, ZONE_GROUP));
        out.add(OptionSpec.of("--set-target", Arity.ONE, ZONE_GROUP));
        for (String o : DESCRIPTIONS) {
            out.add(OptionSpec.of(o, o.startsWith("--set-") ? Arity.ONE : Arity.FLAG, SERVICE_GROUP));
        }
        return out;
    }

    /** Every option of this family, by the name ParsedOptions keys it under. */
    static List<String> names() {
        return specs().stream().map(OptionSpec::name).filter(n -> !n.equals("--timeout")).toList();
    }

    /** Options acting on one zone (the default zone unless {@code --zone} is given). */
    static List<String> zoneOps() {
        return specs().stream().filter(s -> ZONE_GROUP.equals(s.group()) || SERVICE_GROUP.equals(s.group()))
                .map(OptionSpec::name).toList();
    }

    /** Options only zones have; with {@code --policy} they are refused. */
    static List<String> zoneUnique() {
        List<String> out = new ArrayList<>(List.of("--list-interfaces", "--change-zone", "--list-sources",
                "--change-source"));
        for (String kind : List.of("interface", "source", "forward", "icmp-block-inversion")) {
            for (String verb : List.of("add", "remove", "query")) {
                out.add("--" + verb + "-" + kind);
            }
        }
        return out;
    }

    /** {@code --timeout} in seconds, as firewall-cmd reads it: N, Ns, Nm or Nh. */
    static long timeout(String text) {
        String wrong = "'" + text + "' is wrong timeout value. Use for example '2m' or '1h'";
        if (text.isEmpty()) {
            throw UsageError.withUsage(wrong);
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        String digits = text.substring(0, text.length() - 1);
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw UsageError.withUsage(wrong);
        }
        long value = Long.parseLong(digits);
        return switch (Character.toLowerCase(text.charAt(text.length() - 1))) {
            case 's' -> value;
            case 'm' -> value * 60;
            case 'h' -> value * 3600;
            default -> throw UsageError.withUsage(wrong);
        };
    }
}
