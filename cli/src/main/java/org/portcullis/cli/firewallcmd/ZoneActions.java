package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;

/**
 * The options acting on one zone: additions, removals and queries of items (each value in turn, with
 * firewall-cmd's rules for warnings and exit codes over a sequence), listings, interface changes, targets.
 */
final class ZoneActions {
    private final Session s;
    private final boolean permanent;
    private final String zone;
    private final long timeout;

    ZoneActions(Session s, boolean permanent, String zone, long timeout) {
        this.s = s;
        this.permanent = permanent;
        this.zone = zone;
        this.timeout = timeout;
    }

    int run(String option) {
        ParsedOptions o = s.options();
        if (ZoneOptions.DESCRIPTIONS.contains(option)) {
            return description(option, o);
        }
        if (zone.isEmpty()) {
            defaultZoneNotice();
        }
        if (option.equals("--list-all")) {
            List<String> args = new ArrayList<>(List.of(zone));
            if (o.set("--verbose")) {
                args.add("verbose");
            }
            return s.listed(call(ZoneOps.LIST_ALL, args));
        }
        if (option.equals("--get-target")) {
            return s.listed(call(ZoneOps.GET_TARGET, List.of(zone)));
        }
        if (option.equals("--set-target")) {
            return s.changed(call(ZoneOps.SET_TARGET, List.of(zone, ZoneCommands.value(o, option))));
        }
        if (option.equals("--change-zone")) {
            return sequence(ZoneOps.CHANGE_INTERFACE, "interface", texts(o.values(option)));
        }
        if (option.equals("--change-source")) {
            return sequence(ZoneOps.CHANGE_SOURCE, "source", texts(o.values(option)));
        }
        String verb = option.substring(2, option.indexOf('-', 2));
        String kind = option.substring(option.indexOf('-', 2) + 1);
        if (verb.equals("list")) {
            String singular = ZoneOptions.LIST_PLURALS.entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
            return s.listed(call(ZoneOps.list(singular), List.of(zone)));
        }
        List<String> values = ZoneOps.isFlag(kind) ? List.of("") : texts(o.values(option));
        return switch (verb) {
            case "add" -> sequence(ZoneOps.add(kind), kind, values);
            case "remove" -> sequence(ZoneOps.remove(kind), kind, values);
            default -> query(ZoneOps.query(kind), kind, values);
        };
    }

    /** The descriptions of the zone's file: printed, or replaced. */
    private int description(String option, ParsedOptions o) {
        return switch (option) {
            case "--get-description" -> s.listed(call(ZoneOps.GET_DESCRIPTION, List.of(zone)));
            case "--get-short" -> s.listed(call(ZoneOps.GET_SHORT, List.of(zone)));
            case "--set-description" -> s.changed(call(ZoneOps.SET_DESCRIPTION,
                    List.of(zone, ZoneCommands.value(o, option))));
            default -> s.changed(call(ZoneOps.SET_SHORT, List.of(zone, ZoneCommands.value(o, option))));
        };
    }

    private Response call(String op, List<String> args) {
        return s.call(new Request(op, args, permanent));
    }

    /** The zone, the value unless the item is a flag, and the timeout of an addition that has one. */
    private List<String> args(String op, String kind, String value) {
        List<String> args = new ArrayList<>(List.of(zone));
        if (!ZoneOps.isFlag(kind)) {
            args.add(value);
        }
        if (timeout > 0 && op.startsWith("zone.add-") && !kind.equals("forward")) {
            args.add(Long.toString(timeout));
        }
        return args;
    }

    private int sequence(String op, String kind, List<String> values) {
        int errors = 0;
        List<Integer> codes = new ArrayList<>();
        for (String v : values) {
            Response r = call(op, args(op, kind, v));
            if (r.kind() != Response.Kind.ERROR) {
                continue;
            }
            int code = r.code().isSoft() ? 0 : r.code().exitCode();
            if (values.size() > 1 || code == 0) {
                s.output().warning("Warning: " + r.errorText());
                if (values.size() == 1) {
                    return s.output().exit("success", 0);
                }
            } else {
                return s.output().error(r);
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
            errors++;
        }
        if (values.size() > errors || codes.contains(0)) {
            return s.output().exit("success", 0);
        }
        return codes.size() == 1 ? codes.getFirst() : ErrorCode.UNKNOWN_ERROR.exitCode();
    }

    private int query(String op, String kind, List<String> values) {
        if (values.size() == 1) {
            return s.answered(call(op, args(op, kind, values.getFirst())));
        }
        for (String v : values) {
            Response r = call(op, args(op, kind, v));
            switch (r.kind()) {
                case YES, NO -> s.output().message(queryLabel(kind, v) + ": "
                        + (r.kind() == Response.Kind.YES ? "yes" : "no"));
                case ERROR -> s.output().warning("Warning: " + r.errorText());
                case OK, LINES -> s.output().warning("Warning: UNKNOWN_ERROR: unexpected answer");
            }
        }
        return 0;
    }

    /**
     * How firewall-cmd names one of several queried values: ports as given, forward ports with every field
     * (a missing one as Python prints None), anything else quoted.
     */
    static String queryLabel(String kind, String value) {
        return switch (kind) {
            case "port", "source-port" -> value;
            case "forward-port" -> forwardPortLabel(value);
            default -> "'" + value + "'";
        };
    }

    private static String forwardPortLabel(String value) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (String part : value.split(":")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return "port=" + fields.getOrDefault("port", "None") + ":proto=" + fields.getOrDefault("proto", "None")
                + ":toport=" + orNone(fields.get("toport")) + ":toaddr=" + orNone(fields.get("toaddr"));
    }

    private static String orNone(String v) {
        return v == null || v.isEmpty() ? "None" : v;
    }

    /** firewall-cmd tells which zone it works on when none is given, and warns when it is not active. */
    private void defaultZoneNotice() {
        Response def = s.call(Request.runtime(ZoneOps.GET_DEFAULT_ZONE));
        Response active = s.call(Request.runtime(ZoneOps.GET_ACTIVE_ZONES));
        if (def.kind() != Response.Kind.LINES || def.lines().isEmpty() || active.kind() != Response.Kind.LINES) {
            return;
        }
        String name = def.lines().getFirst();
        if (s.options().set("--verbose")) {
            s.output().message("No zone specified, using default zone, i.e. '" + name + "'");
        }
        List<String> zones = active.lines().stream().filter(l -> !l.startsWith(" ")).toList();
        if (!zones.isEmpty() && !zones.contains(name)) {
            s.output().message("You're performing an operation over default zone ('" + name + "'),\n"
                    + "but your connections/interfaces are in zone '" + String.join(",", zones)
                    + "' (see --get-active-zones)\nYou most likely need to use --zone=" + zones.getFirst()
                    + " option.\n");
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
