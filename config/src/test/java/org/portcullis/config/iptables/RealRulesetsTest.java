package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rule.RuleSpec;

/**
 * Feeds every {@code -A} line of real iptables-save dumps (shared test data, read in place) to the parser:
 * iptables accepted all of them, so each must parse, or be refused as unsupported naming the option.
 */
class RealRulesetsTest {
    private static final Path DATA = Path.of(System.getProperty("portcullis.shared", "../../shared"), "data", "iptables-real");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    @Test
    void everyRealRuleParsesOrIsRefusedByName() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "no real iptables dumps at " + DATA);
        List<Path> dumps;
        try (Stream<Path> s = Files.list(DATA)) {
            dumps = s.filter(p -> p.getFileName().toString().endsWith("iptables-save")).sorted().toList();
        }
        Assumptions.assumeFalse(dumps.isEmpty(), "no *iptables-save files in " + DATA);
        int parsed = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> refusals = new TreeMap<>();
        for (Path dump : dumps) {
            String table = "filter";
            for (String line : Files.readAllLines(dump)) {
                if (line.startsWith("*")) {
                    table = line.substring(1).strip();
                }
                if (!line.startsWith("-A ")) {
                    continue;
                }
                List<String> words = Shlex.split(line);
                try {
                    RuleSpec spec = RuleParser.parse(Ipv.IPV4, table, words.get(1), words.subList(2, words.size()));
                    assertEquals(spec, RuleParser.parse(Ipv.IPV4, table, words.get(1), RulePrinter.print(spec)), line);
                    parsed++;
                } catch (FirewallException e) {
                    Matcher m = QUOTED.matcher(e.detail());
                    if (e.detail().startsWith("Portcullis does not support") && m.find() && line.contains(m.group(1))) {
                        refusals.merge(m.group(1), 1, Integer::sum);
                    } else {
                        wrong.add(dump.getFileName() + ": " + line + " -> " + e.detail());
                    }
                }
            }
        }
        System.out.println("real rules parsed: " + parsed + ", refused as unsupported: " + refusals);
        assertEquals(List.of(), wrong);
        int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(parsed > 9 * refused, "most real rules parse: " + parsed + " parsed, " + refused + " refused");
    }

    @Test
    void commonRealRulesParse() {
        for (String line : List.of(
                "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
                "-A INPUT -i lo -j ACCEPT",
                "-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT",
                "-A INPUT -p icmp -m icmp --icmp-type 8 -m limit --limit 1/sec -j ACCEPT",
                "-A INPUT -s 10.0.0.0/8 -p udp -m udp --dport 53 -j ACCEPT",
                "-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT",
                "-A INPUT -j REJECT --reject-with icmp-port-unreachable",
                "-A INPUT -m limit --limit 3/min -j LOG --log-prefix \"[UFW BLOCK] \"",
                "-A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j DROP")) {
            List<String> w = Shlex.split(line);
            RuleParser.parse(Ipv.IPV4, "filter", w.get(1), w.subList(2, w.size()));
        }
    }
}
