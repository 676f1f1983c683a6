package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.config.iptables.RuleParser;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/**
 * The ip6tables form of an ipv4 direct rule: {@code -p icmp} becomes {@code -p ipv6-icmp}, {@code --icmp-type}
 * {@code --icmpv6-type}, ICMP reject types their ICMPv6 counterparts. A rule naming IPv4 addresses, or one the
 * ipv6 parser refuses, has no equivalent.
 */
final class Ipv6Equivalent {
    private static final Map<String, String> REJECT_WITH = Map.ofEntries(
            Map.entry("icmp-net-unreachable", "icmp6-no-route"), Map.entry("net-unreach", "no-route"),
            Map.entry("icmp-host-unreachable", "icmp6-addr-unreachable"), Map.entry("host-unreach", "addr-unreach"),
            Map.entry("icmp-proto-unreachable", "icmp6-port-unreachable"), Map.entry("proto-unreach", "port-unreach"),
            Map.entry("icmp-port-unreachable", "icmp6-port-unreachable"),
            Map.entry("icmp-net-prohibited", "icmp6-adm-prohibited"), Map.entry("net-prohib", "adm-prohibited"),
            Map.entry("icmp-host-prohibited", "icmp6-adm-prohibited"), Map.entry("host-prohib", "adm-prohibited"),
            Map.entry("icmp-admin-prohibited", "icmp6-adm-prohibited"), Map.entry("admin-prohib", "adm-prohibited"));

    private Ipv6Equivalent() {
    }

    static Optional<DirectRule> of(DirectRule v4) {
        if (v4.ipv() != Ipv.IPV4) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        String previous = "";
        for (String word : v4.args()) {
            if (namesIpv4(word)) {
                return Optional.empty();
            }
            args.add(translate(previous, word));
            previous = word;
        }
        DirectRule v6 = new DirectRule(Ipv.IPV6, v4.table(), v4.chain(), v4.priority(), args);
        try {
            RuleParser.parse(v6.ipv(), v6.table(), v6.chain(), v6.args());
        } catch (FirewallException e) {
            return Optional.empty();
        }
        return Optional.of(v6);
    }

    private static String translate(String previous, String word) {
        return switch (previous) {
            case "-p", "--protocol" -> word.equalsIgnoreCase("icmp") ? "ipv6-icmp" : word;
            case "-m", "--match" -> word.equals("icmp") ? "icmp6" : word;
            case "--reject-with" -> REJECT_WITH.getOrDefault(word, word);
            default -> word.equals("--icmp-type") ? "--icmpv6-type" : word;
        };
    }

    /** True when a word is, or lists, IPv4 addresses: {@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code a,b}, {@code a-b}. */
    private static boolean namesIpv4(String word) {
        for (String part : word.split("[,\\-]")) {
            int slash = part.indexOf('/');
            String addr = slash < 0 ? part : part.substring(0, slash);
            if (addr.indexOf('.') > 0 && addr.indexOf(':') < 0 && IpAddress.isValid(addr)) {
                return true;
            }
        }
        return false;
    }
}
