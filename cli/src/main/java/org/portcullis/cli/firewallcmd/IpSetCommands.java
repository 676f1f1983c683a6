package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/**
 * The ipset options: {@code --get-ipset-types}, {@code --get-ipsets}, {@code --info-ipset}, permanent
 * {@code --new-ipset}, {@code --delete-ipset}, {@code --path-ipset}, and {@code --ipset=NAME} with entry and
 * description options, runtime and permanent.
 */
public final class IpSetCommands implements CommandFamily {
    private static final String WRONG_CONFIG_USAGE =
            "Wrong usage of --get-zones | --get-services | --get-icmptypes | --get-policies.";

    @Override
    public List<OptionSpec> options() {
        return IpSetOptionTable.specs();
    }

    @Override
    public List<String> standaloneOptions() {
        return List.of("--get-ipset-types");
    }

    @Override
    public List<String> listOptions() {
        return List.of("--info-ipset", "--get-ipsets", "--get-entries", "--get-description");
    }

    @Override
    public List<String> nonStandaloneOptions() {
        List<String> out = new ArrayList<>(List.of("--ipset"));
        out.addAll(IpSetOptionTable.ENTRY_OPS);
        out.addAll(IpSetOptionTable.DESCRIPTION_OPS);
        out.addAll(IpSetOptionTable.PERMANENT_ONLY);
        out.addAll(IpSetOptionTable.CONFIG);
        return out;
    }

    @Override
    public boolean claims(ParsedOptions o) {
        return o.anyTruthy(IpSetOptionTable.actions())
                || o.truthy("--ipset") && o.anyTruthy(IpSetOptionTable.DESCRIPTION_OPS);
    }

    @Override
    public void checkObject(ParsedOptions o) {
        if (o.anyTruthy(IpSetOptionTable.ENTRY_OPS) && !o.anyTruthy(IpSetOptionTable.DESCRIPTION_OPS)
                && !o.truthy("--ipset")) {
            throw UsageError.withUsage("No ipset specified.");
        }
    }

    @Override
    public void checkScope(ParsedOptions o) {
        if ((o.anyTruthy(IpSetOptionTable.PERMANENT_ONLY) || o.anyTruthy(IpSetOptionTable.DESCRIPTION_OPS))
                && !o.set("--permanent")) {
            throw UsageError.withUsage("Option can be used only with --permanent.");
        }
        boolean timeout = o.truthy("--timeout") && !ZoneCommands.value(o, "--timeout").equals("0");
        if (o.anyTruthy(IpSetOptionTable.CONFIG) && (o.truthy("--zone") || o.anyTruthy(ZoneOptions.zoneOps())
                || timeout || o.anyTruthy(IpSetOptionTable.DESCRIPTION_OPS))) {
            throw UsageError.withUsage(WRONG_CONFIG_USAGE);
        }
    }

    @Override
    public int run(Session s) {
        ParsedOptions o = s.options();
        if (o.truthy("--get-ipset-types")) {
            return s.listed(s.call(Request.runtime(IpSetOps.GET_TYPES)));
        }
        boolean permanent = o.set("--permanent");
        if (o.truthy("--get-ipsets")) {
            return s.listed(s.call(new Request(IpSetOps.GET_IPSETS, List.of(), permanent)));
        }
        if (permanent) {
            return new PermanentIpSetActions(s).run();
        }
        if (o.truthy("--info-ipset")) {
            return info(s, false);
        }
        return new RuntimeIpSetActions(s, value(o, "--ipset")).run();
    }

    static int info(Session s, boolean permanent) {
        List<String> args = new ArrayList<>(List.of(value(s.options(), "--info-ipset")));
        if (s.options().set("--verbose")) {
            args.add("verbose");
        }
        return s.listed(s.call(new Request(IpSetOps.INFO, args, permanent)));
    }

    static String value(ParsedOptions o, String option) {
        return o.values(option).getFirst().text();
    }

    static List<String> values(ParsedOptions o, String option) {
        return o.values(option).stream().map(Token::text).toList();
    }

    /** A list printed as firewall-cmd prints it: the lines joined, an empty line for none. */
    static int printed(Session s, Response r) {
        if (r.kind() == Response.Kind.ERROR) {
            return s.output().error(r);
        }
        return s.output().exit(String.join("\n", r.lines()), 0);
    }
}
