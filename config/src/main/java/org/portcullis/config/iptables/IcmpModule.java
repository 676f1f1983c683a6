package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.rule.Match;

/** {@code -m icmp --icmp-type} (IPv4) and {@code -m icmp6 --icmpv6-type} (IPv6). */
final class IcmpModule implements MatchModule {
    private final boolean v6;
    private final List<Match> matches = new ArrayList<>();

    IcmpModule(boolean v6) {
        this.v6 = v6;
    }

    @Override
    public String name() {
        return v6 ? "icmp6" : "icmp";
    }

    private String option() {
        return v6 ? "--icmpv6-type" : "--icmp-type";
    }

    @Override
    public boolean knows(String option) {
        return option.equals(option());
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (!matches.isEmpty()) {
            throw IptablesError.once(name(), option);
        }
        int[] tc = IcmpTypes.parse(args.value(option), v6);
        matches.add(new Match.IcmpType(v6, tc[0], tc[1], negated));
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (rule.plainProtocol() != (v6 ? Protocols.ICMPV6 : Protocols.ICMP)) {
            rule.refuse();
        }
        return matches;
    }
}
