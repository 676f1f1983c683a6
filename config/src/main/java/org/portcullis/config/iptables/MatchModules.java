package org.portcullis.config.iptables;

/** Creates the match module for {@code -m NAME}, or refuses the name as iptables or Portcullis would. */
final class MatchModules {
    private MatchModules() {
    }

    static MatchModule create(String name, RuleContext rule) {
        MatchModule m = implicit(name, rule);
        if (m != null) {
            return m;
        }
        m = switch (name) {
            case "multiport" -> new MultiportModule();
            case "state" -> new ConnStateModule(false);
            case "conntrack" -> new ConnStateModule(true);
            case "iprange" -> new IpRangeModule();
            case "comment" -> new CommentModule();
            case "limit" -> new LimitModule();
            case "mark" -> new MarkModule();
            default -> null;
        };
        if (m != null) {
            return m;
        }
        if (Extensions.isMatch(name) && !name.equals("icmp") && !name.equals("icmp6")) {
            throw IptablesError.unsupported("\"-m " + name + "\"");
        }
        throw IptablesError.option("Couldn't load match `" + name + "':No such file or directory\n");
    }

    /** The protocol matches, which {@code -p} also loads on demand; null for other names. */
    static MatchModule implicit(String name, RuleContext rule) {
        return switch (name) {
            case "tcp" -> new PortModule(name, Protocols.TCP);
            case "udp" -> new PortModule(name, Protocols.UDP);
            case "sctp" -> new PortModule(name, Protocols.SCTP);
            case "dccp" -> new PortModule(name, Protocols.DCCP);
            case "icmp" -> rule.v6() ? null : new IcmpModule(false);
            case "icmp6" -> rule.v6() ? new IcmpModule(true) : null;
            default -> null;
        };
    }
}
