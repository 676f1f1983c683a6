package org.portcullis.config.iptables;

import java.util.Set;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.Target;

/** MASQUERADE, SNAT, DNAT and REDIRECT: nat-table targets bound to certain hooks. */
final class NatTarget implements TargetModule {
    private static final Set<String> OTHER = Set.of("--random", "--random-fully", "--persistent");

    private final String name;
    private IpAddress from;
    private IpAddress to;
    private PortRange ports;
    private boolean given;

    NatTarget(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    private String option() {
        return switch (name) {
            case "SNAT" -> "--to-source";
            case "DNAT" -> "--to-destination";
            default -> "--to-ports";
        };
    }

    @Override
    public boolean knows(String option) {
        return option.equals(option()) || OTHER.contains(option);
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (OTHER.contains(option)) {
            throw IptablesError.unsupported("\"" + option + "\" (" + name + " target)");
        }
        if (negated) {
            throw IptablesError.notInvertible(name, option);
        }
        if (given) {
            throw IptablesError.unsupported("several \"" + option + "\" (" + name + " target)");
        }
        given = true;
        String text = args.value(option);
        if (option.equals("--to-ports")) {
            needPorts(rule);
            ports = PortSyntax.natPorts(text);
        } else if (rule.v6() && text.startsWith("[")) {
            int close = text.indexOf(']');
            String rest = close < 0 ? "" : text.substring(close + 1);
            if (rest.startsWith(":")) {
                needPorts(rule);
                ports = PortSyntax.natPorts(rest.substring(1));
            }
            addresses(close < 0 ? text.substring(1) : text.substring(1, close), rule);
        } else {
            int colon = rule.v6() ? -1 : text.indexOf(':');
            if (colon >= 0) {
                needPorts(rule);
                ports = PortSyntax.natPorts(text.substring(colon + 1));
            }
            String addresses = colon < 0 ? text : text.substring(0, colon);
            if (addresses.isEmpty()) {
                throw IptablesError.unsupported("\"" + option + "\" without an address");
            }
            addresses(addresses, rule);
        }
    }

    private static void needPorts(RuleContext rule) {
        if (!Protocols.hasPorts(rule.plainProtocol()) || rule.protocol == Protocols.UDPLITE) {
            throw IptablesError.option("Need TCP, UDP, SCTP or DCCP with port specification");
        }
    }

    private void addresses(String text, RuleContext rule) {
        int dash = text.indexOf('-');
        from = address(dash < 0 ? text : text.substring(0, dash), rule);
        to = dash < 0 ? null : address(text.substring(dash + 1), rule);
    }

    private static IpAddress address(String text, RuleContext rule) {
        IpAddress a = AddressSyntax.literal(text, rule.ipv);
        if (a == null) {
            throw IptablesError.option("Bad IP address \"" + text + "\"");
        }
        return a;
    }

    @Override
    public Target finish(RuleContext rule) {
        if ((name.equals("SNAT") || name.equals("DNAT")) && !given) {
            throw IptablesError.option(name + ": option \"" + option() + "\" must be specified\n");
        }
        Set<String> hooks = switch (name) {
            case "MASQUERADE" -> Set.of("POSTROUTING");
            case "SNAT" -> Set.of("POSTROUTING", "INPUT");
            default -> Set.of("PREROUTING", "OUTPUT");
        };
        if (!rule.table.equals("nat") || rule.builtinChain() && !hooks.contains(rule.chain)) {
            rule.refuse();
        }
        return switch (name) {
            case "MASQUERADE" -> new Target.Masquerade(ports);
            case "SNAT" -> new Target.Snat(from, to, ports);
            case "DNAT" -> new Target.Dnat(from, to, ports);
            default -> new Target.Redirect(ports);
        };
    }
}
