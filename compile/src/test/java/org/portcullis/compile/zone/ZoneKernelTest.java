package org.portcullis.compile.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.compile.direct.TestNamespace;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.zone.Port;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonReader;
import org.portcullis.nft.text.NftText;

/**
 * Loads compiled zone rulesets into nftables in a throwaway network namespace and lists them back: the
 * kernel must accept them, and its listing, read into the IR, must equal what was compiled (the compiler
 * writes rules in the form nft lists them).
 */
class ZoneKernelTest {
    /** Rich rules beyond the recorded ones: other reject types, ICMP codes, log levels, nflog defaults. */
    private static final List<String> MORE_RULES = List.of(
            "rule family=\"ipv4\" icmp-block name=\"host-prohibited\"",
            "rule icmp-type name=\"port-unreachable\" drop",
            "rule family=\"ipv6\" icmp-type name=\"unknown-option\" accept",
            "rule family=\"ipv4\" icmp-type name=\"host-unknown\" reject type=\"icmp-net-prohibited\"",
            "rule family=\"ipv4\" port port=\"23\" protocol=\"tcp\" reject type=\"tcp-reset\"",
            "rule family=\"ipv6\" port port=\"24\" protocol=\"tcp\" reject",
            "rule family=\"ipv6\" port port=\"25\" protocol=\"tcp\" reject type=\"icmp6-no-route\"",
            "rule family=\"ipv4\" port port=\"26\" protocol=\"sctp\" reject type=\"icmp-host-prohibited\"",
            "rule family=\"ipv4\" protocol value=\"icmp\" log level=\"error\" accept",
            "rule family=\"ipv6\" source address=\"2001:db8::/48\" nflog accept",
            "rule priority=\"-3\" family=\"ipv6\" destination NOT address=\"2001:db8::9\" forward-port port=\"80\" protocol=\"tcp\" to-port=\"8080\" to-addr=\"2001:db8::5\"",
            "rule family=\"ipv4\" destination address=\"198.18.1.0/24\" mark set=\"7\"",
            "rule tcp-mss-clamp value=\"1400\"",
            "rule priority=\"2\" family=\"ipv4\" source address=\"198.18.30.0/24\" masquerade",
            "rule source ipset=\"blk6\" log prefix=\"v6 \" level=\"debug\" limit value=\"1/h\" drop");

    private static void roundTrip(ZoneInput in) throws Exception {
        String why = TestNamespace.unavailable();
        Assumptions.assumeTrue(why == null, why);
        Ruleset compiled = ZoneCompiler.compile(in).ruleset();
        String text = NftText.render(compiled);
        try (TestNamespace ns = TestNamespace.create()) {
            TestNamespace.Result load = ns.nft(text, "-f", "-");
            assertEquals(0, load.exit(), load.output() + "\n" + text);
            TestNamespace.Result list = ns.nft(null, "-j", "list", "ruleset");
            assertEquals(0, list.exit(), list.output());
            List<String> differences = new RulesetDiff().differences(RulesetJsonReader.read(list.output()), compiled);
            assertEquals("", String.join("\n", differences));
        }
    }

    @Test
    void richRulesSourcesAndPoliciesLoadAndListBackUnchanged() throws Exception {
        OracleConfigs c = OracleConfigs.rich().logDenied("unicast")
                .zone("public", z -> z.withMasquerade(true).withIcmpBlock("redirect").withIcmpBlock("fragmentation-needed")
                        .withForwardPort(org.portcullis.model.zone.ForwardPort.parse("port=81:proto=tcp:toport=8081-8082"))
                        .withPort(Port.parse("7-9/sctp")).withProtocol("igmp").withInterface("eth+"))
                .zone("home", z -> z.withIcmpBlockInversion(true).withIcmpBlock("echo-request").withInterface("veth3"));
        for (String r : MORE_RULES) {
            c.zone("work", z -> z.withRichRule(RichRuleParser.parse(r)));
        }
        OracleConfigs p = OracleConfigs.policies();
        roundTrip(c.input().withPolicies(p.input().policies()));
    }

    @Test
    void panicAndLogDeniedBroadcastLoadAndListBackUnchanged() throws Exception {
        roundTrip(OracleConfigs.policies().logDenied("broadcast").panic().input());
    }
}
