package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.FirewallCompiler;
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.shell.Shlex;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.net.IpAddress;

/**
 * The seed scenario and its variations as configurations (direct rules over the built-in zones, public being
 * the default zone), the hosts they run on, and the way back from a fix's command to the rule it adds.
 */
final class Scenarios {
    /** base1 with IPv4 and IPv6 on enp3s0. */
    static final Host DUAL = HostFile.parse("""
            name base1
            interface lo 127.0.0.1/8 ::1/128
            interface enp3s0 198.18.0.1/24 2001:db8::1/64
            route default via 198.18.0.254 dev enp3s0
            """);
    /** base1 without any IPv6 address on enp3s0. */
    static final Host V4_ONLY = HostFile.parse("""
            name base1
            interface lo 127.0.0.1/8 ::1/128
            interface enp3s0 198.18.0.1/24
            route default via 198.18.0.254 dev enp3s0
            """);
    static final IpAddress RESOLVER = IpAddress.parse("198.18.0.53");
    static final String DROP = "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP";
    static final String PERMANENT_ADD = "firewall-cmd --permanent --direct --add-rule ";

    private Scenarios() {
    }

    /** A rule as {@code firewall-cmd --direct --get-all-rules} lists it. */
    static DirectRule rule(String words) {
        List<String> w = Shlex.split(words);
        return new DirectRule(Ipv.fromWord(w.get(0)).orElseThrow(), w.get(1), w.get(2), Integer.parseInt(w.get(3)),
                w.subList(4, w.size()));
    }

    /** The seed's four rules; the RELATED,ESTABLISHED rule only when asked. */
    static List<DirectRule> seed(boolean established) {
        List<DirectRule> rules = new ArrayList<>(List.of(
                rule("ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT"),
                rule("ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT")));
        if (established) {
            rules.add(rule("ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"));
        }
        rules.add(rule(DROP));
        return rules;
    }

    /** The full seed: IPv4 and IPv6 restricted alike, DNS to the resolver allowed. */
    static List<DirectRule> fullSeed() {
        List<DirectRule> rules = new ArrayList<>(seed(true));
        rules.add(2, rule("ipv4 filter OUTPUT 0 -o enp3s0 -d 198.18.0.53 -p udp --dport 53 -j ACCEPT"));
        rules.add(3, rule("ipv4 filter OUTPUT 0 -o enp3s0 -d 198.18.0.53 -p tcp --dport 53 -j ACCEPT"));
        rules.addAll(List.of(
                rule("ipv6 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT"),
                rule("ipv6 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT"),
                rule("ipv6 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                rule("ipv6 filter OUTPUT 1000 -o enp3s0 -j DROP")));
        return rules;
    }

    static Compiled compile(List<DirectRule> rules) {
        return FirewallCompiler.compile(DirectConfig.of(List.of(), rules, List.of()),
                ZoneSet.of(CatalogLoader.load(null, null), "public", "off"));
    }

    static CheckReport check(List<DirectRule> rules, Host host, List<IpAddress> resolvers, SshSession session) {
        return Checker.run(new CheckInput(compile(rules), host, resolvers, session, CommandForm.PERMANENT, 1));
    }

    static <F extends Finding> List<F> findings(CheckReport report, Class<F> kind) {
        return report.findings().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The configuration with every rule the fix's commands add; each command must be a permanent direct add-rule. */
    static List<DirectRule> applied(List<DirectRule> rules, Fix fix) {
        assertTrue(!fix.commands().isEmpty(), "the fix has commands: " + fix);
        List<DirectRule> out = new ArrayList<>(rules);
        for (String c : fix.commands()) {
            assertTrue(c.startsWith(PERMANENT_ADD), c);
            out.add(rule(c.substring(PERMANENT_ADD.length())));
        }
        return out;
    }
}
