package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.portcullis.daemon.api.PolicyOps;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;

/**
 * The options acting on one policy. As firewall-cmd does, items are added to or removed from a copy of the
 * policy's settings one value after the other (values it cannot parse first, then each value on the copy,
 * with its rules for warnings and exit codes), and the daemon then checks and applies the copy as a whole.
 * At runtime, priority options do nothing and print {@code success}.
 */
final class PolicyActions {
    /** The plural spelling of {@code --list-KIND}, by kind. */
    private static final Map<String, String> LISTS = Map.of("ingress-zones", "ingress-zone",
            "egress-zones", "egress-zone", "services", "service", "ports", "port", "protocols", "protocol",
            "source-ports", "source-port", "icmp-blocks", "icmp-block", "forward-ports", "forward-port",
            "rich-rules", "rich-rule");
    private static final List<String> PARSED = List.of("port", "source-port", "forward-port");

    private final Session s;
    private final boolean permanent;
    private final String policy;

    PolicyActions(Session s, boolean permanent, String policy) {
        this.s = s;
        this.permanent = permanent;
        this.policy = policy;
    }

    /** Carries out {@code option} (null: none, the unchanged policy is stored again). */
    int run(String option) {
        ParsedOptions o = s.options();
        if (option == null || (!permanent && option.endsWith("-priority"))) {
            return s.changed(call(PolicyOps.UPDATE));
        }
        switch (option) {
            case "--list-all" -> {
                return s.listed(o.set("--verbose") ? call(PolicyOps.LIST_ALL, "verbose") : call(PolicyOps.LIST_ALL));
            }
            case "--get-target" -> {
                return s.listed(call(PolicyOps.GET_TARGET));
            }
            case "--get-priority" -> {
                return s.listed(call(PolicyOps.GET_PRIORITY));
            }
            case "--get-description" -> {
                return s.listed(call(PolicyOps.GET_DESCRIPTION));
            }
            case "--get-short" -> {
                return s.listed(call(PolicyOps.GET_SHORT));
            }
            case "--set-target" -> {
                return s.changed(call(PolicyOps.SET_TARGET, ZoneCommands.value(o, option)));
            }
            case "--set-description" -> {
                return s.changed(call(PolicyOps.SET_DESCRIPTION, ZoneCommands.value(o, option)));
            }
            case "--set-short" -> {
                return s.changed(call(PolicyOps.SET_SHORT, ZoneCommands.value(o, option)));
            }
            case "--set-priority" -> {
                return setPriority(ZoneCommands.value(o, option));
            }
            default -> {
            }
        }
        String verb = option.substring(2, option.indexOf('-', 2));
        String kind = option.substring(option.indexOf('-', 2) + 1);
        if (verb.equals("list")) {
            return s.listed(call(PolicyOps.list(LISTS.get(kind))));
        }
        Response exists = call(PolicyOps.GET_TARGET);
        if (exists.kind() == Response.Kind.ERROR) {
            return s.output().error(exists);
        }
        List<String> values = kind.equals("masquerade") ? List.of("")
                : o.values(option).stream().map(Token::text).toList();
        return verb.equals("query") ? query(kind, values) : sequence(verb, kind, values);
    }

    /**
     * firewall-cmd reads the priority as Python's int() does before it asks the daemon; a value that is no
     * integer ends it with UNKNOWN_ERROR (firewalld prints the Python traceback).
     */
    private int setPriority(String text) {
        OptionalInt priority = PyInt.parse(text);
        if (priority.isEmpty()) {
            return s.output().exit("Error: UNKNOWN_ERROR: invalid literal for int() with base 10: '" + text + "'",
                    ErrorCode.UNKNOWN_ERROR.exitCode());
        }
        return s.changed(call(PolicyOps.SET_PRIORITY, Integer.toString(priority.getAsInt())));
    }

    private Response call(String op, String... args) {
        List<String> all = new ArrayList<>(List.of(policy));
        all.addAll(List.of(args));
        return s.call(new Request(op, all, permanent));
    }

    /**
     * Values that do not parse are skipped with a warning (or end the command when alone); each other value
     * is tried on the copy; an item already there or missing is a warning; then the accepted values are applied.
     */
    private int sequence(String verb, String kind, List<String> values) {
        int errors = 0;
        List<Integer> codes = new ArrayList<>();
        List<String> parsed = new ArrayList<>();
        for (String v : values) {
            FirewallException e = parseError(kind, v);
            if (e == null) {
                parsed.add(v);
                continue;
            }
            if (values.size() > 1) {
                s.output().warning("Warning: " + e.code().name() + ": " + e.detail());
            } else {
                return s.output().error(Response.error(e));
            }
            codes.add(e.code().exitCode());
            errors++;
        }
        List<String> accepted = new ArrayList<>();
        for (String v : parsed) {
            List<String> args = new ArrayList<>(List.of(v));
            args.addAll(accepted);
            Response r = call(PolicyOps.draft(verb, kind), args.toArray(String[]::new));
            if (r.kind() != Response.Kind.ERROR) {
                accepted.add(v);
                continue;
            }
            int code = r.code().isSoft() ? 0 : r.code().exitCode();
            if (values.size() > 1) {
                s.output().warning("Warning: " + r.errorText());
            } else if (code == 0) {
                s.output().warning("Warning: " + r.errorText());
                break;
            } else {
                return s.output().error(r);
            }
            codes.add(code);
            errors++;
        }
        if (values.size() <= errors && !codes.contains(0)) {
            return codes.stream().distinct().count() == 1 ? codes.getFirst() : ErrorCode.UNKNOWN_ERROR.exitCode();
        }
        if (accepted.isEmpty()) {
            return s.changed(call(PolicyOps.UPDATE));
        }
        String op = verb.equals("add") ? PolicyOps.add(kind) : PolicyOps.remove(kind);
        return s.changed(call(op, kind.equals("masquerade") ? new String[0] : accepted.toArray(String[]::new)));
    }

    private int query(String kind, List<String> values) {
        List<String> parsed = new ArrayList<>();
        for (String v : values) {
            FirewallException e = parseError(kind, v);
            if (e == null) {
                parsed.add(v);
            } else if (values.size() > 1) {
                s.output().warning("Warning: " + e.code().name() + ": " + e.detail());
            } else {
                return s.output().error(Response.error(e));
            }
        }
        if (values.size() == 1) {
            return s.answered(call(PolicyOps.query(kind), parsed.getFirst()));
        }
        for (String v : parsed) {
            Response r = call(PolicyOps.query(kind), v);
            if (r.kind() == Response.Kind.ERROR) {
                return s.output().error(r);
            }
            s.output().message(shown(kind, v) + ": " + (r.kind() == Response.Kind.YES ? "yes" : "no"));
        }
        return 0;
    }

    /** The error firewall-cmd's own parsing finds in a port or forward port, or null. */
    private static FirewallException parseError(String kind, String value) {
        if (!PARSED.contains(kind)) {
            return null;
        }
        try {
            if (kind.equals("forward-port")) {
                ForwardPort.parse(value);
            } else {
                Port.parse(value);
            }
            return null;
        } catch (FirewallException e) {
            return e;
        }
    }

    /** How firewall-cmd names a value in the answers to several queries. */
    private static String shown(String kind, String value) {
        return switch (kind) {
            case "port", "source-port" -> Port.parse(value).toString();
            case "forward-port" -> {
                ForwardPort f = ForwardPort.parse(value);
                yield "port=" + f.port() + ":proto=" + f.protocol().text() + ":toport="
                        + f.toPort().map(Object::toString).orElse("None") + ":toaddr=" + f.toAddr().orElse("None");
            }
            default -> "'" + value + "'";
        };
    }
}
