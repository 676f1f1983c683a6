package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.daemon.api.PolicyOps;
import org.portcullis.daemon.api.Request;

/** The policy options ({@code --permanent --new-policy=P}, {@code --policy=P --add-service=S}, ...). */
public final class PolicyCommands implements CommandFamily {
    private static final List<String> UNIQUE = PolicyOptions.unique();

    @Override
    public List<OptionSpec> options() {
        return PolicyOptions.specs();
    }

    @Override
    public boolean claims(ParsedOptions o) {
        return o.set("--policy") || o.anySet(UNIQUE) || o.anySet(PolicyOptions.CONFIG);
    }

    @Override
    public int run(Session s) {
        ParsedOptions o = s.options();
        boolean permanent = o.set("--permanent");
        ZoneCommands.checkUsage(o, permanent);
        checkUsage(o);
        String created = o.first(PolicyOptions.CONFIG);
        if (created != null) {
            String op = created.equals("--new-policy") ? PolicyOps.NEW_POLICY : PolicyOps.DELETE_POLICY;
            return s.changed(s.call(Request.permanent(op, ZoneCommands.value(o, created))));
        }
        List<String> names = new ArrayList<>(UNIQUE);
        names.addAll(ZoneOptions.zoneOps());
        return new PolicyActions(s, permanent, ZoneCommands.value(o, "--policy")).run(o.first(names));
    }

    /** firewall-cmd's checks of zones against policies, after its other checks. */
    private static void checkUsage(ParsedOptions o) {
        if (o.set("--zone") && o.set("--policy")) {
            throw UsageError.withUsage("Can't use --zone with --policy.");
        }
        if (o.set("--policy") && o.anySet(ZoneOptions.zoneUnique())) {
            throw UsageError.withUsage("Can't use --policy with zone only options.");
        }
        if (o.set("--zone") && o.anySet(UNIQUE)) {
            throw UsageError.withUsage("Can't use --zone with policy only options.");
        }
        if (!o.set("--policy") && o.anySet(UNIQUE)) {
            throw UsageError.withUsage("Must use --policy with policy only options.");
        }
    }
}
