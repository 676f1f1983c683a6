package org.portcullis.compile.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.Table;
import org.portcullis.nft.text.NftText;

/** Placement rules of the zone layout that the recorded rulesets do not all exercise, and the source map. */
class ZoneLayoutTest {
    private static Table table(Compiled c) {
        return c.ruleset().table(Family.INET, ZoneCompiler.TABLE);
    }

    private static List<String> rules(Compiled c, String chain) {
        Chain ch = table(c).chain(chain);
        assertTrue(ch != null, "no chain " + chain);
        return ch.rules().stream().map(NftText::rule).toList();
    }

    private static Origin origin(Compiled c, String chain, int index) {
        return c.sourceMap().origin(new RuleRef(Family.INET, ZoneCompiler.TABLE, chain, index)).orElse(null);
    }

    @Test
    void dispatchTakesSourcesByZoneNameThenTheLastBoundInterfaceFirstThenTheDefaultZone() {
        Compiled c = ZoneCompiler.compile(new OracleConfigs()
                .zone("work", z -> z.withSource(ZoneSource.parse("198.18.9.0/24")).withInterface("veth2"))
                .zone("dmz", z -> z.withSource(ZoneSource.parse("198.18.8.1")).withSource(ZoneSource.parse("198.18.8.2")))
                .zone("public", z -> z.withInterface("enp3s0").withInterface("eth+"))
                .input());
        assertEquals(List.of(
                "ip saddr == 198.18.8.1 goto filter_IN_dmz",
                "ip saddr == 198.18.8.2 goto filter_IN_dmz",
                "ip saddr == 198.18.9.0/24 goto filter_IN_work",
                "meta iifname == \"veth2\" goto filter_IN_work",
                "meta iifname == \"eth*\" goto filter_IN_public",
                "meta iifname == \"enp3s0\" goto filter_IN_public",
                "goto filter_IN_public"), rules(c, "filter_INPUT_ZONES"));
        assertEquals(new Origin.FromZone("dmz", "source 198.18.8.2"), origin(c, "filter_INPUT_ZONES", 1));
        assertEquals(new Origin.FromZone("public", "interface eth+"), origin(c, "filter_INPUT_ZONES", 4));
        assertEquals("meta oifname == \"veth2\" goto nat_POST_work", rules(c, "nat_POSTROUTING_ZONES").get(3));
        assertEquals(List.of("meta oifname == \"veth2\" accept", "ip daddr == 198.18.9.0/24 accept"),
                rules(c, "filter_FWD_work_allow"));
    }

    @Test
    void theAllInterfacesWildcardMatchesEverythingAndIsNotAForwardTarget() {
        Compiled c = ZoneCompiler.compile(new OracleConfigs().zone("trusted", z -> z.withInterface("+")).input());
        assertEquals(List.of("goto filter_IN_trusted", "goto filter_IN_public"), rules(c, "filter_INPUT_ZONES"));
        assertEquals(List.of(), rules(c, "filter_FWD_trusted_allow"));
    }

    @Test
    void everyRuleHasAnOriginInTheUsersWords() {
        Compiled c = ZoneCompiler.compile(OracleConfigs.rich().input());
        for (Chain ch : table(c).chains()) {
            for (int i = 0; i < ch.rules().size(); i++) {
                assertTrue(origin(c, ch.name(), i) != null, ch.name() + " rule " + i + " has no origin");
            }
        }
        assertEquals(new Origin.FromZone("public", "service ssh"), origin(c, "filter_IN_public_allow", 0));
        assertEquals(new Origin.FromZone("public", "rich rule 'rule priority=\"-10\" family=\"ipv4\" source "
                + "address=\"198.18.8.8\" drop'"), origin(c, "filter_IN_public_pre", 0));
        assertEquals(new Origin.FromZone("public", "target default"), origin(c, "filter_IN_public", 8));
        assertEquals(new Origin.FromZone("drop", "target DROP"), origin(c, "filter_IN_drop", 7));
        assertEquals(new Origin.FromPolicy("allow-host-ipv6", "rich rule 'rule family=\"ipv6\" icmp-type "
                + "name=\"neighbour-advertisement\" accept'"), origin(c, "filter_IN_policy_allow-host-ipv6_allow", 0));
        assertEquals(new Origin.Builtin("established/related accepted"), origin(c, "filter_INPUT", 0));
        assertEquals(new Origin.Builtin("reverse path filter"), origin(c, "filter_PREROUTING", 1));
        assertEquals(new Origin.FromZone("public", "rich rule 'rule family=\"ipv4\" source address=\"198.18.9.0/24\" "
                + "mark set=0x10/0xff'"), origin(c, "mangle_PRE_public_allow", 0));
    }

    @Test
    void natAndIcmpItemsAreNamedAsFirewallCmdNamesThem() {
        Compiled c = ZoneCompiler.compile(OracleConfigs.natAndIcmp().input());
        assertEquals(new Origin.FromZone("public", "port 8000-8010/udp"), origin(c, "filter_IN_public_allow", 2));
        assertEquals(new Origin.FromZone("public", "source-port 6000/tcp"), origin(c, "filter_IN_public_allow", 3));
        assertEquals(new Origin.FromZone("public", "protocol gre"), origin(c, "filter_IN_public_allow", 4));
        assertEquals(new Origin.FromZone("public", "icmp-block echo-request"), origin(c, "filter_IN_public_deny", 1));
        assertEquals(new Origin.FromZone("public", "masquerade"), origin(c, "nat_POST_public_allow", 0));
        assertEquals(new Origin.FromZone("public", "forward-port port=8080:proto=tcp:toport=80"),
                origin(c, "nat_PRE_public_allow", 0));
        assertEquals(new Origin.FromZone("public", "forward-port port=5353-5354:proto=udp:toaddr=198.18.0.10"),
                origin(c, "nat_PRE_public_allow", 2));
        assertEquals(new Origin.FromZone("public", "interface enp3s0"), origin(c, "nat_PREROUTING_ZONES", 0));
    }

    @Test
    void richRulesWithAPriorityArePlacedByItInPreAndPost() {
        OracleConfigs cfg = new OracleConfigs().zone("public", z -> z.withInterface("enp3s0"));
        for (String r : List.of("rule priority=\"-5\" family=\"ipv4\" source address=\"198.18.0.1\" drop",
                "rule priority=\"-10\" family=\"ipv4\" source address=\"198.18.0.2\" drop",
                "rule priority=\"-5\" family=\"ipv4\" source address=\"198.18.0.3\" log prefix=\"x\" accept",
                "rule priority=\"3\" family=\"ipv4\" source address=\"198.18.0.4\" accept",
                "rule priority=\"1\" family=\"ipv4\" source address=\"198.18.0.5\" reject")) {
            cfg.zone("public", z -> z.withRichRule(RichRuleParser.parse(r)));
        }
        Compiled c = ZoneCompiler.compile(cfg.input());
        assertEquals(List.of("ip saddr == 198.18.0.2 drop", "ip saddr == 198.18.0.1 drop",
                "ip saddr == 198.18.0.3 log prefix \"x\"", "ip saddr == 198.18.0.3 accept"),
                rules(c, "filter_IN_public_pre"));
        assertEquals(List.of("ip saddr == 198.18.0.5 reject with icmp port-unreachable", "ip saddr == 198.18.0.4 accept"),
                rules(c, "filter_IN_public_post"));
    }

    @Test
    void policiesAreDispatchedByPriorityAroundTheZones() {
        Policy early = Policy.empty("early").withIngressZone("HOST").withEgressZone("ANY").withPriority(-20);
        Policy late = Policy.empty("late").withIngressZone("HOST").withEgressZone("ANY").withPriority(7)
                .withTarget(PolicyTarget.ACCEPT);
        Policy def = Policy.empty("a-default").withIngressZone("HOST").withEgressZone("public");
        Policy idle = Policy.empty("idle").withIngressZone("HOST").withEgressZone("dmz");
        Compiled c = ZoneCompiler.compile(OracleConfigs.publicOnEnp3s0().policy(late).policy(early).policy(def)
                .policy(idle).input());
        assertEquals(List.of("jump filter_OUT_policy_early", "meta oifname == \"enp3s0\" jump filter_OUT_policy_a-default"),
                rules(c, "filter_OUTPUT_POLICIES_pre"));
        assertEquals(List.of("jump filter_OUT_policy_late"), rules(c, "filter_OUTPUT_POLICIES_post"));
        assertEquals("accept", rules(c, "filter_OUT_policy_late").getLast());
        assertTrue(table(c).chain("filter_OUT_policy_idle") == null, "a policy towards an inactive zone is inactive");
        assertEquals(new Origin.FromPolicy("a-default", "ingress-zones HOST, egress-zones public"),
                origin(c, "filter_OUTPUT_POLICIES_pre", 1));
    }

    @Test
    void policyNatTheKernelCannotTakeIsRefusedAsFirewalldRefusesIt() {
        Policy hostOut = Policy.empty("host-out").withIngressZone("HOST").withEgressZone("ANY");
        FirewallException masq = assertThrows(FirewallException.class, () -> ZoneCompiler.compile(OracleConfigs.publicOnEnp3s0()
                .policy(hostOut.with(p -> p.withRichRule(RichRuleParser.parse("rule family=\"ipv4\" masquerade"), "host-out")))
                .input()));
        assertEquals(ErrorCode.INVALID_ZONE, masq.code());
        assertEquals("Policy 'host-out': 'masquerade' is invalid for ingress zone 'HOST'", masq.detail());
        Policy toHost = Policy.empty("to-host").withIngressZone("ANY").withEgressZone("HOST");
        assertEquals(ErrorCode.INVALID_ZONE, assertThrows(FirewallException.class, () -> ZoneCompiler.compile(
                OracleConfigs.publicOnEnp3s0().policy(toHost.with(p -> p.withMasquerade(true, "to-host"))).input())).code());
        ForwardPort local = ForwardPort.parse("port=80:proto=tcp:toport=8080");
        ForwardPort away = ForwardPort.parse("port=80:proto=tcp:toaddr=198.18.3.2");
        assertEquals(ErrorCode.INVALID_FORWARD, assertThrows(FirewallException.class, () -> ZoneCompiler.compile(
                OracleConfigs.publicOnEnp3s0().policy(toHost.with(p -> p.withForwardPort(away, "to-host"))).input())).code());
        Policy toPublic = Policy.empty("to-public").withIngressZone("ANY").withEgressZone("public");
        assertEquals(ErrorCode.INVALID_FORWARD, assertThrows(FirewallException.class, () -> ZoneCompiler.compile(
                OracleConfigs.publicOnEnp3s0().policy(toPublic.with(p -> p.withForwardPort(local, "to-public"))).input())).code());
        FirewallException bound = assertThrows(FirewallException.class, () -> ZoneCompiler.compile(
                OracleConfigs.publicOnEnp3s0().policy(toPublic.with(p -> p.withForwardPort(away, "to-public"))).input()));
        assertEquals("Policy 'to-public': 'forward-port' cannot be used because egress zone 'public' has assigned interfaces",
                bound.detail());
        ZoneCompiler.compile(OracleConfigs.publicOnEnp3s0().policy(toHost.with(p -> p.withForwardPort(local, "to-host")))
                .policy(Policy.empty("any-out").withIngressZone("public").withEgressZone("ANY")
                        .with(p -> p.withForwardPort(away, "any-out").withMasquerade(true, "any-out"))).input());
    }

    @Test
    void logDeniedUnicastLogsHostPacketsBeforeEachDenial() {
        Compiled c = ZoneCompiler.compile(OracleConfigs.natAndIcmp().logDenied("unicast").input());
        assertTrue(rules(c, "filter_INPUT").contains("meta pkttype == host log prefix \"FINAL_REJECT: \""),
                rules(c, "filter_INPUT").toString());
        assertEquals("meta pkttype == host log prefix \"filter_IN_public_REJECT: \"",
                rules(c, "filter_IN_public").get(8));
        assertEquals("icmp type == echo-request meta pkttype == host log prefix \"filter_zone_public_HOST_ICMP_BLOCK: \"",
                rules(c, "filter_IN_public_deny").getFirst());
    }

    @Test
    void zoneTargetsDecideTheIcmpRule() {
        Compiled c = ZoneCompiler.compile(OracleConfigs.publicOnEnp3s0()
                .zone("trusted", z -> z.withInterface("veth1").withIcmpBlockInversion(true))
                .zone("block", z -> z.withInterface("veth2"))
                .zone("home", z -> z.withInterface("veth3").withIcmpBlockInversion(true)).input());
        assertEquals(List.of("meta l4proto == { icmp, ipv6-icmp } reject with icmpx admin-prohibited", "accept"),
                rules(c, "filter_IN_trusted").subList(7, 9));
        assertEquals(List.of("reject with icmpx admin-prohibited"), rules(c, "filter_IN_block").subList(7, 8));
        assertEquals(8, rules(c, "filter_IN_block").size());
        assertEquals("meta l4proto == { icmp, ipv6-icmp } reject with icmpx admin-prohibited",
                rules(c, "filter_IN_home").get(7));
    }

    @Test
    void panicAddsADropTableAndKeepsTheZones() {
        Compiled c = ZoneCompiler.compile(OracleConfigs.publicOnEnp3s0().panic().input());
        assertEquals(List.of("portcullis", "portcullis_policy_drop"), Recording.names(c.ruleset()));
        Table panic = c.ruleset().table(Family.INET, "portcullis_policy_drop");
        assertEquals(List.of("raw_prerouting", "raw_output"), panic.chains().stream().map(Chain::name).toList());
        assertTrue(panic.chains().stream().allMatch(ch -> ch.base().priority() == -291
                && ch.base().policy() == org.portcullis.nft.ChainPolicy.DROP && ch.rules().isEmpty()));
    }
}
