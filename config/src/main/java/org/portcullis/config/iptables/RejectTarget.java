package org.portcullis.config.iptables;

import java.util.List;
import java.util.Locale;

import org.portcullis.model.rule.Target;

/** {@code -j REJECT [--reject-with TYPE]}; only in the filter table. */
final class RejectTarget implements TargetModule {
    private static final List<List<String>> V4 = List.of(
            List.of("icmp-net-unreachable", "net-unreach"), List.of("icmp-host-unreachable", "host-unreach"),
            List.of("icmp-proto-unreachable", "proto-unreach"), List.of("icmp-port-unreachable", "port-unreach"),
            List.of("icmp-net-prohibited", "net-prohib"), List.of("icmp-host-prohibited", "host-prohib"),
            List.of("tcp-reset", "tcp-rst"), List.of("icmp-admin-prohibited", "admin-prohib"));
    private static final List<List<String>> V6 = List.of(
            List.of("icmp6-no-route", "no-route"), List.of("icmp6-adm-prohibited", "adm-prohibited"),
            List.of("icmp6-addr-unreachable", "addr-unreach"), List.of("icmp6-port-unreachable", "port-unreach"),
            List.of("icmp6-policy-fail", "policy-fail"), List.of("icmp6-reject-route", "reject-route"),
            List.of("tcp-reset", "tcp-rst"));

    private String with;

    @Override
    public String name() {
        return "REJECT";
    }

    @Override
    public boolean knows(String option) {
        return option.equals("--reject-with");
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (negated) {
            throw IptablesError.notInvertible(name(), option);
        }
        if (with != null) {
            throw IptablesError.once(name(), option);
        }
        String text = args.value(option);
        with = canonical(text, rule.v6());
        if (with == null) {
            throw IptablesError.option("unknown reject type \"" + text + "\"");
        }
    }

    /** The long name of a reject type written as (a prefix of) its name or short alias, or null. */
    static String canonical(String text, boolean v6) {
        String t = text.toLowerCase(Locale.ROOT);
        for (List<String> names : v6 ? V6 : V4) {
            if (!t.isEmpty() && (names.get(0).startsWith(t) || names.get(1).startsWith(t))) {
                return names.getFirst();
            }
        }
        return null;
    }

    @Override
    public Target finish(RuleContext rule) {
        if (!rule.table.equals("filter")) {
            rule.refuse();
        }
        if ("tcp-reset".equals(with) && rule.plainProtocol() != Protocols.TCP) {
            rule.refuse();
        }
        return new Target.Reject(with);
    }
}
