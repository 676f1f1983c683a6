package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;

/** {@code -m multiport} with one of {@code --sports}, {@code --dports}, {@code --ports}. */
final class MultiportModule implements MatchModule {
    private final List<Match> matches = new ArrayList<>();
    private String given;

    @Override
    public String name() {
        return "multiport";
    }

    @Override
    public boolean knows(String option) {
        return canonical(option) != null;
    }

    private static String canonical(String option) {
        return switch (option) {
            case "--sports", "--source-ports" -> "--source-ports";
            case "--dports", "--destination-ports" -> "--destination-ports";
            case "--ports" -> "--ports";
            default -> null;
        };
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        String name = canonical(option);
        if (given != null) {
            throw name.equals(given) ? IptablesError.once("multiport", name)
                    : IptablesError.option("multiport: option \"" + name + "\" cannot be used together with \""
                            + given + "\".\n");
        }
        given = name;
        String text = args.value(option);
        if (rule.protocolNegated || rule.protocol > 0 && !Protocols.hasPorts(rule.protocol)) {
            throw IptablesError.option("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
        }
        if (rule.protocol <= 0) {
            throw IptablesError.option(
                    "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
        }
        PortDirection direction = switch (name) {
            case "--source-ports" -> PortDirection.SOURCE;
            case "--destination-ports" -> PortDirection.DESTINATION;
            default -> PortDirection.EITHER;
        };
        matches.add(new Match.Ports(rule.protocol, direction, PortSyntax.list(text), true, negated));
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (given == null) {
            throw IptablesError.option("multiport expection an option");
        }
        return matches;
    }
}
