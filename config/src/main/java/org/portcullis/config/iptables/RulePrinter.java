package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.rule.LimitUnit;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;

/**
 * Prints a {@link RuleSpec} as canonical iptables arguments that {@link RuleParser} reads back to an equal
 * spec: protocol options rely on {@code -p} where iptables loads their match implicitly, and get an
 * explicit {@code -m} otherwise.
 */
public final class RulePrinter {
    /** A match extension loaded so far and the options it has taken. */
    private record Loaded(String module, Set<String> used) {
    }

    private final List<String> out = new ArrayList<>();
    private final List<Loaded> loaded = new ArrayList<>();
    private int protocol = -1;
    private boolean implicitUsed;
    private Loaded last;

    private RulePrinter() {
    }

    public static List<String> print(RuleSpec spec) {
        RulePrinter p = new RulePrinter();
        for (Match m : spec.matches()) {
            Loaded before = p.last;
            p.match(m);
            if (p.last == before) {
                p.last = null;
            }
        }
        if (spec.target() != null) {
            p.target(spec.target());
        }
        return List.copyOf(p.out);
    }

    private void add(String... words) {
        out.addAll(List.of(words));
    }

    private void not(boolean negated) {
        if (negated) {
            out.add("!");
        }
    }

    private void match(Match m) {
        switch (m) {
            case Match.InInterface(String name, boolean neg) -> flag(neg, "-i", name);
            case Match.OutInterface(String name, boolean neg) -> flag(neg, "-o", name);
            case Match.Source(var prefixes, boolean neg) -> flag(neg, "-s", AddressSyntax.format(prefixes));
            case Match.Destination(var prefixes, boolean neg) -> flag(neg, "-d", AddressSyntax.format(prefixes));
            case Match.Protocol(int number, boolean neg) -> {
                flag(neg, "-p", Protocols.name(number));
                protocol = neg ? -1 : number;
            }
            case Match.Ports(int proto, var direction, var ranges, boolean multi, boolean neg) -> {
                if (multi) {
                    String option = switch (direction) {
                        case SOURCE -> "--sports";
                        case DESTINATION -> "--dports";
                        case EITHER -> "--ports";
                    };
                    add("-m", "multiport");
                    loaded.add(new Loaded("multiport", Set.of()));
                    flag(neg, option, PortSyntax.format(ranges));
                } else {
                    String option = switch (direction) {
                        case SOURCE -> "--sport";
                        case DESTINATION, EITHER -> "--dport";
                    };
                    protocolOption(proto, Protocols.implicitModule(proto), option);
                    flag(neg, option, ranges.getFirst().toString());
                }
            }
            case Match.TcpFlags(var mask, var set, boolean neg) -> {
                protocolOption(Protocols.TCP, "tcp", "--tcp-flags");
                not(neg);
                add("--tcp-flags", PortModule.formatFlags(mask), PortModule.formatFlags(set));
            }
            case Match.IcmpType(boolean v6, int type, int code, boolean neg) -> {
                String option = v6 ? "--icmpv6-type" : "--icmp-type";
                protocolOption(v6 ? Protocols.ICMPV6 : Protocols.ICMP, v6 ? "icmp6" : "icmp", option);
                flag(neg, option, IcmpTypes.format(type, code));
            }
            case Match.ConnState(var states, boolean conntrack, boolean neg) -> {
                add("-m", conntrack ? "conntrack" : "state");
                flag(neg, conntrack ? "--ctstate" : "--state", ConnStateModule.format(states));
            }
            case Match.AddressRange(boolean source, IpAddress from, IpAddress to, boolean neg) -> {
                add("-m", "iprange");
                flag(neg, source ? "--src-range" : "--dst-range", from + "-" + to);
            }
            case Match.Comment(String text) -> add("-m", "comment", "--comment", text);
            case Match.Limit(int rate, LimitUnit unit, int burst) -> add("-m", "limit", "--limit",
                    rate + "/" + unit.name().toLowerCase(Locale.ROOT), "--limit-burst", Integer.toString(burst));
            case Match.Mark(long value, long mask, boolean neg) -> {
                add("-m", "mark");
                flag(neg, "--mark", mark(value, mask));
            }
        }
    }

    private void flag(boolean negated, String option, String value) {
        not(negated);
        add(option, value);
    }

    /** Emits {@code -m MODULE} unless iptables would hand {@code option} to the right module anyway. */
    private void protocolOption(int proto, String module, String option) {
        Loaded current = null;
        for (Loaded l : loaded.reversed()) {
            if (knows(l.module(), option)) {
                current = l;
                break;
            }
        }
        boolean bare = current == null
                ? protocol == proto && !implicitUsed
                : current == last && current.module().equals(module) && !current.used().contains(option);
        if (bare && current == null) {
            implicitUsed = true;
            current = new Loaded(module, new HashSet<>());
            loaded.add(current);
        }
        if (!bare) {
            add("-m", module);
            current = new Loaded(module, new HashSet<>());
            loaded.add(current);
        }
        current.used().add(option);
        last = current;
    }

    private static boolean knows(String module, String option) {
        return switch (module) {
            case "tcp" -> option.equals("--sport") || option.equals("--dport") || option.equals("--tcp-flags");
            case "udp", "sctp", "dccp" -> option.equals("--sport") || option.equals("--dport");
            case "icmp" -> option.equals("--icmp-type");
            case "icmp6" -> option.equals("--icmpv6-type");
            default -> false;
        };
    }

    private static String mark(long value, long mask) {
        String v = "0x" + Long.toHexString(value);
        return mask == 0xffffffffL ? v : v + "/0x" + Long.toHexString(mask);
    }

    private void target(Target t) {
        switch (t) {
            case Target.Accept() -> add("-j", "ACCEPT");
            case Target.Drop() -> add("-j", "DROP");
            case Target.Return() -> add("-j", "RETURN");
            case Target.Reject(String with) -> {
                add("-j", "REJECT");
                if (with != null) {
                    add("--reject-with", with);
                }
            }
            case Target.Log(String prefix, String level) -> {
                add("-j", "LOG");
                if (prefix != null) {
                    add("--log-prefix", prefix);
                }
                if (level != null) {
                    add("--log-level", level);
                }
            }
            case Target.Jump(String chain) -> add("-j", chain);
            case Target.Goto(String chain) -> add("-g", chain);
            case Target.Masquerade(PortRange ports) -> {
                add("-j", "MASQUERADE");
                if (ports != null) {
                    add("--to-ports", natPorts(ports));
                }
            }
            case Target.Snat(IpAddress from, IpAddress to, PortRange ports) ->
                    add("-j", "SNAT", "--to-source", natTo(from, to, ports));
            case Target.Dnat(IpAddress from, IpAddress to, PortRange ports) ->
                    add("-j", "DNAT", "--to-destination", natTo(from, to, ports));
            case Target.Redirect(PortRange ports) -> {
                add("-j", "REDIRECT");
                if (ports != null) {
                    add("--to-ports", natPorts(ports));
                }
            }
            case Target.SetMark(long value, long mask) -> add("-j", "MARK", "--set-xmark", mark(value, mask));
            case Target.Notrack() -> add("-j", "CT", "--notrack");
        }
    }

    private static String natPorts(PortRange r) {
        return r.isSingle() ? Integer.toString(r.from()) : r.from() + "-" + r.to();
    }

    private static String natTo(IpAddress from, IpAddress to, PortRange ports) {
        String addresses = to == null ? from.toString() : from + "-" + to;
        if (ports == null) {
            return addresses;
        }
        return (from.v6() ? "[" + addresses + "]" : addresses) + ":" + natPorts(ports);
    }
}
