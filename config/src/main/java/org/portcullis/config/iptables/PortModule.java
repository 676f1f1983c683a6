package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.TcpFlag;

/** The tcp, udp, sctp and dccp matches: {@code --sport}, {@code --dport}, and for tcp the flag tests. */
final class PortModule implements MatchModule {
    private static final Set<TcpFlag> SYN_MASK = EnumSet.of(TcpFlag.FIN, TcpFlag.SYN, TcpFlag.RST, TcpFlag.ACK);
    private static final List<TcpFlag> ALL = List.of(TcpFlag.FIN, TcpFlag.SYN, TcpFlag.RST, TcpFlag.PSH,
            TcpFlag.ACK, TcpFlag.URG);

    private final String name;
    private final int protocol;
    private final List<Match> matches = new ArrayList<>();
    private boolean source;
    private boolean destination;
    private boolean flags;

    PortModule(String name, int protocol) {
        this.name = name;
        this.protocol = protocol;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean knows(String option) {
        return switch (option) {
            case "--sport", "--source-port", "--dport", "--destination-port" -> true;
            case "--tcp-flags", "--syn", "--tcp-option" -> protocol == Protocols.TCP;
            case "--chunk-types" -> protocol == Protocols.SCTP;
            case "--dccp-types", "--dccp-option" -> protocol == Protocols.DCCP;
            default -> false;
        };
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        switch (option) {
            case "--sport", "--source-port" -> {
                if (source) {
                    throw IptablesError.option("Only one `--source-port' allowed");
                }
                source = true;
                ports(PortDirection.SOURCE, args.value(option), negated);
            }
            case "--dport", "--destination-port" -> {
                if (destination) {
                    throw IptablesError.option("Only one `--destination-port' allowed");
                }
                destination = true;
                ports(PortDirection.DESTINATION, args.value(option), negated);
            }
            case "--tcp-flags" -> {
                String mask = args.value(option);
                if (!args.hasNext() || args.peek().startsWith("-") || args.peek().startsWith("!")) {
                    throw IptablesError.option("--tcp-flags requires two args.");
                }
                flags(parseFlags(mask), parseFlags(args.next()), negated);
            }
            case "--syn" -> flags(SYN_MASK, EnumSet.of(TcpFlag.SYN), negated);
            default -> throw IptablesError.unsupported("\"" + option + "\" (" + name + " match)");
        }
    }

    private void ports(PortDirection direction, String text, boolean negated) {
        matches.add(new Match.Ports(protocol, direction, List.of(PortSyntax.range(text)), false, negated));
    }

    private void flags(Set<TcpFlag> mask, Set<TcpFlag> set, boolean negated) {
        if (flags) {
            throw IptablesError.option("Only one of `--syn' or `--tcp-flags'  allowed");
        }
        flags = true;
        matches.add(new Match.TcpFlags(mask, set, negated));
    }

    private static Set<TcpFlag> parseFlags(String text) {
        Set<TcpFlag> out = EnumSet.noneOf(TcpFlag.class);
        for (String word : text.split(",", -1)) {
            switch (word.toUpperCase(Locale.ROOT)) {
                case "ALL" -> out.addAll(ALL);
                case "NONE" -> {
                }
                case "FIN", "SYN", "RST", "PSH", "ACK", "URG" ->
                        out.add(TcpFlag.valueOf(word.toUpperCase(Locale.ROOT)));
                default -> throw IptablesError.option("Unknown TCP flag `" + word + "'");
            }
        }
        return out;
    }

    /** How Portcullis prints a flag set. */
    static String formatFlags(Set<TcpFlag> set) {
        if (set.isEmpty()) {
            return "NONE";
        }
        StringBuilder sb = new StringBuilder();
        for (TcpFlag f : TcpFlag.values()) {
            if (set.contains(f)) {
                sb.append(sb.isEmpty() ? "" : ",").append(f.name());
            }
        }
        return sb.toString();
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (rule.protocol != protocol) {
            switch (protocol) {
                case Protocols.TCP -> throw IptablesError.option("TCP match requires '-p tcp'");
                case Protocols.UDP -> throw IptablesError.option("UDP match requires '-p udp'");
                default -> rule.refuse();
            }
        }
        return matches;
    }
}
