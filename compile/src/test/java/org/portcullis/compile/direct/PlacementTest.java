package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.portcullis.compile.direct.Specs.ACCEPT;
import static org.portcullis.compile.direct.Specs.DROP;
import static org.portcullis.compile.direct.Specs.dst;
import static org.portcullis.compile.direct.Specs.oif;
import static org.portcullis.compile.direct.Specs.proto;
import static org.portcullis.compile.direct.Specs.spec;
import static org.portcullis.compile.direct.Specs.src;
import static org.portcullis.compile.direct.Specs.state;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.NftTestText;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.rule.CtState;
import org.portcullis.model.rule.Target;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

class PlacementTest {
    private static final String NETS = "10.0.0.0/8,172.16.0.0/16,192.168.0.0/24";

    private static List<String> rules(Compiled c, Family f, String chain) {
        return c.ruleset().table(f, "portcullis_direct").chain(chain).rules().stream().map(NftTestText::rule).toList();
    }

    @Test
    void workedExampleFromFirewalldsSuite() {
        DirectFixture fx = new DirectFixture();
        String[] nets = NETS.split(",");
        fx.rule("OUTPUT", 0, "-m state --state ESTABLISHED,RELATED -j ACCEPT",
                spec(ACCEPT, state(CtState.ESTABLISHED, CtState.RELATED)));
        fx.rule("OUTPUT", 2, "-p tcp -d " + NETS + " -j ACCEPT", spec(ACCEPT, proto(6), dst(nets)));
        fx.rule("OUTPUT", 2, "-p udp -d " + NETS + " -j ACCEPT", spec(ACCEPT, proto(17), dst(nets)));
        fx.rule("OUTPUT", 9, "-j DROP", spec(DROP));
        DirectRule sctp = fx.rule("OUTPUT", 1, "-p sctp -d " + NETS + " -j ACCEPT", spec(ACCEPT, proto(132), dst(nets)));
        Compiled c = fx.compile();
        assertEquals(List.of(
                "ct state { established, related } counter accept",
                "meta l4proto sctp ip daddr 10.0.0.0/8 counter accept",
                "meta l4proto sctp ip daddr 172.16.0.0/16 counter accept",
                "meta l4proto sctp ip daddr 192.168.0.0/24 counter accept",
                "meta l4proto tcp ip daddr 10.0.0.0/8 counter accept",
                "meta l4proto tcp ip daddr 172.16.0.0/16 counter accept",
                "meta l4proto tcp ip daddr 192.168.0.0/24 counter accept",
                "meta l4proto udp ip daddr 10.0.0.0/8 counter accept",
                "meta l4proto udp ip daddr 172.16.0.0/16 counter accept",
                "meta l4proto udp ip daddr 192.168.0.0/24 counter accept",
                "counter drop"), rules(c, Family.IP, "filter_OUTPUT"));
        for (int part = 0; part < 3; part++) {
            assertEquals(new Origin.FromDirectRule(sctp, part), c.sourceMap()
                    .origin(new RuleRef(Family.IP, "portcullis_direct", "filter_OUTPUT", 1 + part)).orElseThrow());
        }
    }

    @Test
    void sourcesSplitBeforeDestinations() {
        DirectFixture fx = new DirectFixture();
        fx.rule("INPUT", 0, "-s 10.0.0.1,10.0.0.2 -d 10.0.1.1,10.0.1.2 -j ACCEPT",
                spec(ACCEPT, src("10.0.0.1", "10.0.0.2"), dst("10.0.1.1", "10.0.1.2")));
        assertEquals(List.of(
                "ip saddr 10.0.0.1 ip daddr 10.0.1.1 counter accept",
                "ip saddr 10.0.0.1 ip daddr 10.0.1.2 counter accept",
                "ip saddr 10.0.0.2 ip daddr 10.0.1.1 counter accept",
                "ip saddr 10.0.0.2 ip daddr 10.0.1.2 counter accept"), rules(fx.compile(), Family.IP, "filter_INPUT"));
    }

    @Test
    void splitRulesCountTowardsTheirPriority() {
        DirectFixture fx = new DirectFixture();
        fx.rule("INPUT", 5, "-s 10.0.0.1,10.0.0.2 -j ACCEPT", spec(ACCEPT, src("10.0.0.1", "10.0.0.2")));
        fx.rule("INPUT", 5, "-j DROP", spec(DROP));
        fx.rule("INPUT", 4, "-i lo -j ACCEPT", spec(ACCEPT, new org.portcullis.model.rule.Match.InInterface("lo", false)));
        assertEquals(List.of("meta iifname \"lo\" counter accept", "ip saddr 10.0.0.1 counter accept",
                "ip saddr 10.0.0.2 counter accept", "counter drop"), rules(fx.compile(), Family.IP, "filter_INPUT"));
    }

    @Test
    void builtinAndDirectSpellingsInterleaveAsFirewalldsCountersPlaceThem() {
        DirectFixture fx = new DirectFixture();
        fx.rule("OUTPUT", 5, "-o a -j ACCEPT", spec(ACCEPT, oif("a")));
        fx.rule("OUTPUT", 9, "-o c -j ACCEPT", spec(ACCEPT, oif("c")));
        fx.rule("OUTPUT_direct", 1, "-o b -j ACCEPT", spec(ACCEPT, oif("b")));
        fx.rule("OUTPUT_direct", 7, "-o d -j ACCEPT", spec(ACCEPT, oif("d")));
        Compiled c = fx.compile();
        assertEquals(List.of("meta oifname \"b\" counter accept", "meta oifname \"d\" counter accept",
                "meta oifname \"a\" counter accept", "meta oifname \"c\" counter accept"),
                rules(c, Family.IP, "filter_OUTPUT"));
        assertEquals(1, c.ruleset().tables().getFirst().chains().size());
    }

    @Test
    void ipv4AndIpv6RulesLiveInSeparateTables() {
        DirectFixture fx = new DirectFixture();
        fx.rule(Ipv.IPV6, "filter", "INPUT", 0, "-s 2001:db8::/32 -j REJECT",
                spec(new Target.Reject(null), src("2001:db8::/32")));
        fx.rule(Ipv.IPV4, "filter", "INPUT", 0, "-s 198.18.0.0/15 -j REJECT",
                spec(new Target.Reject(null), src("198.18.0.0/15")));
        Ruleset rs = fx.compile().ruleset();
        assertEquals(List.of(Family.IP, Family.IP6), rs.tables().stream().map(Table::family).toList());
        assertEquals("ip saddr 198.18.0.0/15 counter reject with icmp type port-unreachable",
                NftTestText.rule(rs.table(Family.IP, "portcullis_direct").chain("filter_INPUT").rules().getFirst()));
        assertEquals("ip6 saddr 2001:db8::/32 counter reject with icmpv6 type port-unreachable",
                NftTestText.rule(rs.table(Family.IP6, "portcullis_direct").chain("filter_INPUT").rules().getFirst()));
        assertEquals(1, rs.table(Family.IP6, "portcullis_direct").chains().get(0).rules().size());
    }

    @Test
    void onlyTablesWithContentAreEmitted() {
        assertSame(Ruleset.EMPTY, DirectTranslator.translate(DirectConfig.EMPTY, r -> null).ruleset());
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV6, "mangle", "marks");
        Ruleset rs = fx.compile().ruleset();
        assertEquals(1, rs.tables().size());
        Chain marks = rs.table(Family.IP6, "portcullis_direct").chain("mangle_marks");
        assertNull(marks.base());
        assertEquals(List.of(), marks.rules());
    }

    @Test
    void userChainsAreRegularChainsReachedByJump() {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV4, "filter", "mychain");
        fx.rule("mychain", 0, "-j ACCEPT", spec(ACCEPT));
        fx.rule("INPUT", 0, "-j mychain", spec(new Target.Jump("mychain")));
        fx.rule("FORWARD", 0, "-g mychain", spec(new Target.Goto("mychain")));
        Table t = fx.compile().ruleset().table(Family.IP, "portcullis_direct");
        assertEquals(List.of("filter_INPUT", "filter_FORWARD", "filter_mychain"),
                t.chains().stream().map(Chain::name).toList());
        assertEquals("counter jump filter_mychain", NftTestText.rule(t.chain("filter_INPUT").rules().getFirst()));
        assertEquals("counter goto filter_mychain", NftTestText.rule(t.chain("filter_FORWARD").rules().getFirst()));
        assertEquals("counter accept", NftTestText.rule(t.chain("filter_mychain").rules().getFirst()));
    }

    @Test
    void everyBuiltinChainSitsAtIptablesPriorityWithItsType() {
        record Want(String table, String chain, int priority, ChainType type) {
        }
        List<Want> wants = List.of(
                new Want("raw", "PREROUTING", -300, ChainType.FILTER), new Want("raw", "OUTPUT", -300, ChainType.FILTER),
                new Want("mangle", "PREROUTING", -150, ChainType.FILTER),
                new Want("mangle", "INPUT", -150, ChainType.FILTER),
                new Want("mangle", "FORWARD", -150, ChainType.FILTER),
                new Want("mangle", "OUTPUT", -150, ChainType.ROUTE),
                new Want("mangle", "POSTROUTING", -150, ChainType.FILTER),
                new Want("nat", "PREROUTING", -100, ChainType.NAT), new Want("nat", "INPUT", 100, ChainType.NAT),
                new Want("nat", "OUTPUT", -100, ChainType.NAT), new Want("nat", "POSTROUTING", 100, ChainType.NAT),
                new Want("filter", "INPUT", 0, ChainType.FILTER), new Want("filter", "FORWARD", 0, ChainType.FILTER),
                new Want("filter", "OUTPUT", 0, ChainType.FILTER),
                new Want("security", "INPUT", 50, ChainType.FILTER),
                new Want("security", "FORWARD", 50, ChainType.FILTER),
                new Want("security", "OUTPUT", 50, ChainType.FILTER));
        DirectFixture fx = new DirectFixture();
        for (Want w : wants) {
            fx.rule(Ipv.IPV4, w.table(), w.chain(), 0, "-j ACCEPT", spec(ACCEPT));
        }
        Table t = fx.compile().ruleset().table(Family.IP, "portcullis_direct");
        assertEquals(wants.size(), t.chains().size());
        for (Want w : wants) {
            Chain c = t.chain(w.table() + "_" + w.chain());
            assertEquals(w.priority(), c.base().priority(), c.name());
            assertEquals(w.type(), c.base().type(), c.name());
            assertEquals(Hook.valueOf(w.chain()), c.base().hook(), c.name());
        }
    }
}
