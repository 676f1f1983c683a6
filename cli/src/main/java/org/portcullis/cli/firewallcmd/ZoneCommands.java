package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;

/** The zone options ({@code --get-zones}, {@code --zone=Z --add-service=S}, ...), runtime and permanent. */
public final class ZoneCommands implements CommandFamily {
    private static final List<String> NAMES = ZoneOptions.names();
    private static final List<String> ZONE_OPS = ZoneOptions.zoneOps();

    @Override
    public List<OptionSpec> options() {
        return ZoneOptions.specs();
    }

    @Override
    public List<String> standaloneOptions() {
        return ZoneOptions.STANDALONE;
    }

    @Override
    public List<String> listOptions() {
        List<String> out = new ArrayList<>(List.of("--list-all", "--list-all-zones", "--get-default-zone",
                "--get-active-zones", "--get-zones", "--get-services", "--get-icmptypes", "--get-target",
                "--info-zone", "--info-service", "--info-policy", "--get-policies", "--list-all-policies",
                "--get-active-policies", "--get-description"));
        out.addAll(ZoneOptions.ZONE_OF);
        ZoneOptions.LIST_PLURALS.values().forEach(p -> out.add("--list-" + p));
        return out;
    }

    @Override
    public boolean claims(ParsedOptions o) {
        return o.anyTruthy(NAMES);
    }

    @Override
    public int run(Session s) {
        ParsedOptions o = s.options();
        boolean permanent = o.set("--permanent");
        checkUsage(o, permanent);
        String option = o.first(NAMES);
        if (option.equals("--query-panic")) {
            return s.answered(s.call(Request.runtime(ZoneOps.QUERY_PANIC)));
        }
        if (ZoneOptions.QUERIES.containsKey(option)) {
            List<String> args = verbose(o, new ArrayList<>());
            return s.listed(s.call(new Request(ZoneOptions.QUERIES.get(option), args, permanent)));
        }
        if (ZoneOptions.INFOS.containsKey(option)) {
            List<String> args = verbose(o, new ArrayList<>(List.of(value(o, option))));
            return s.listed(s.call(new Request(ZoneOptions.INFOS.get(option), args, permanent)));
        }
        if (ZoneOptions.SETTINGS.containsKey(option)) {
            List<String> args = o.values(option).stream().map(Token::text).toList();
            return s.changed(s.call(new Request(ZoneOptions.SETTINGS.get(option), args, false)));
        }
        if (ZoneOptions.ZONE_OF.contains(option)) {
            return zoneOf(s, option, permanent);
        }
        if (option.equals("--new-zone") || option.equals("--delete-zone")) {
            return s.changed(s.call(new Request("zone." + option.substring(2), List.of(value(o, option)), true)));
        }
        return new ZoneActions(s, permanent, zone(o), timeout(o)).run(option);
    }

    /** firewall-cmd's checks of permanent-only options, configuration listings and timeouts, in its order. */
    static void checkUsage(ParsedOptions o, boolean permanent) {
        if ((o.anySet(ZoneOptions.PERMANENT_ONLY) || o.anySet(PolicyOptions.CONFIG)) && !permanent) {
            throw UsageError.withUsage("Option can be used only with --permanent.");
        }
        if (o.anySet(ZoneOptions.CONFIG) && (o.set("--zone") || o.anySet(ZONE_OPS) || o.set("--timeout")
                || o.set("--policy") || o.anySet(PolicyOptions.unique()))) {
            throw UsageError.withUsage(
                    "Wrong usage of --get-zones | --get-services | --get-icmptypes | --get-policies.");
        }
        if (o.set("--timeout") && ZoneOptions.timeout(value(o, "--timeout")) > 0) {
            if (!o.anySet(ZoneOptions.TIMED)) {
                throw UsageError.withUsage("Wrong --timeout usage");
            }
            if (permanent) {
                throw UsageError.withUsage("Can't specify timeout for permanent action.");
            }
        }
    }

    private static long timeout(ParsedOptions o) {
        return o.set("--timeout") ? ZoneOptions.timeout(value(o, "--timeout")) : 0;
    }

    private static String zone(ParsedOptions o) {
        return o.set("--zone") ? value(o, "--zone") : "";
    }

    static String value(ParsedOptions o, String option) {
        return o.values(option).getFirst().text();
    }

    private static List<String> verbose(ParsedOptions o, List<String> args) {
        if (o.set("--verbose")) {
            args.add("verbose");
        }
        return args;
    }

    private static int zoneOf(Session s, String option, boolean permanent) {
        List<Token> values = s.options().values(option);
        String op = option.equals("--get-zone-of-interface") ? ZoneOps.GET_ZONE_OF_INTERFACE
                : ZoneOps.GET_ZONE_OF_SOURCE;
        if (values.size() == 1) {
            Response r = s.call(new Request(op, List.of(values.getFirst().text()), permanent));
            if (r.kind() == Response.Kind.LINES && r.lines().isEmpty()) {
                return s.output().exit("no zone", 2);
            }
            return s.listed(r);
        }
        for (Token t : values) {
            Response r = s.call(new Request(op, List.of(t.text()), permanent));
            if (r.kind() == Response.Kind.ERROR) {
                return s.output().error(r);
            }
            s.output().message(t.text() + ": " + (r.lines().isEmpty() ? "no zone" : r.lines().getFirst()));
        }
        return 0;
    }
}
