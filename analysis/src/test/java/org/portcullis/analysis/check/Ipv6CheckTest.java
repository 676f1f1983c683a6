package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.analysis.check.Scenarios.DROP;
import static org.portcullis.analysis.check.Scenarios.DUAL;
import static org.portcullis.analysis.check.Scenarios.PERMANENT_ADD;
import static org.portcullis.analysis.check.Scenarios.V4_ONLY;
import static org.portcullis.analysis.check.Scenarios.check;
import static org.portcullis.analysis.check.Scenarios.findings;
import static org.portcullis.analysis.check.Scenarios.rule;
import static org.portcullis.analysis.check.Scenarios.seed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Direction;
import org.portcullis.engine.Packet;
import org.portcullis.engine.host.Host;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.net.IpPrefix;

/** IPv6 left open by IPv4-only restrictions, judged by playing each connection over both families. */
class Ipv6CheckTest {

    private static Ipv6LeftOpen only(List<DirectRule> rules, Host host) {
        List<Ipv6LeftOpen> found = findings(check(rules, host, List.of(), null), Ipv6LeftOpen.class);
        assertEquals(1, found.size(), () -> found.stream().map(Finding::title).toList().toString());
        return found.getFirst();
    }

    @Test
    void theSeedOnADualStackHostLetsHttpOutOverIpv6() {
        Ipv6LeftOpen o = only(seed(true), DUAL);
        assertEquals(Direction.OUTBOUND, o.direction());
        assertEquals(List.of("enp3s0"), o.interfaces());
        assertFalse(o.assumedAddress());
        Packet open = o.open().packet().packet();
        assertTrue(open.v6());
        assertEquals(80, open.dport());
        assertEquals("established", o.open().outcome());
        assertFalse(o.open().packet().lost());
        Packet blocked = o.blocked().packet().packet();
        assertFalse(blocked.v6());
        assertEquals(80, blocked.dport());
        assertTrue(o.blocked().packet().lost());
        assertEquals(DROP, o.blocked().decidedBy());
        assertEquals(List.of(
                PERMANENT_ADD + "ipv6 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT",
                PERMANENT_ADD + "ipv6 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT",
                PERMANENT_ADD + "ipv6 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT",
                PERMANENT_ADD + "ipv6 filter OUTPUT 1000 -o enp3s0 -j DROP"), o.fix().commands());
        assertTrue(o.also().stream().anyMatch(a -> a.startsWith("udp [2001:db8::1]:") && a.contains(":53: established")),
                o.also()::toString);
    }

    @Test
    void withTheIpv6EquivalentsAddedNothingIsLeft() {
        List<DirectRule> fixed = Scenarios.applied(seed(true), only(seed(true), DUAL).fix());
        assertEquals(List.of(), check(fixed, DUAL, List.of(), null).findings());
    }

    @Test
    void anInterfaceWithoutIpv6IsPlayedWithTheAddressARouterAdvertisementCouldGiveIt() {
        Ipv6LeftOpen o = only(seed(true), V4_ONLY);
        assertTrue(o.assumedAddress());
        assertTrue(IpPrefix.parse("2001:db8:ffff::/64").contains(o.open().packet().packet().src()), o.open().what());
        assertTrue(o.title().contains("assumed"), o.title());
    }

    @Test
    void anIpv4OnlyInboundRestrictionLeavesTheSshServerOpenOverIpv6() {
        List<DirectRule> rules = List.of(
                rule("ipv4 filter INPUT 0 -i enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                rule("ipv4 filter INPUT 0 -i enp3s0 -s 198.18.0.0/24 -p tcp --dport 22 -j ACCEPT"),
                rule("ipv4 filter INPUT 1000 -i enp3s0 -j DROP"));
        Ipv6LeftOpen o = only(rules, DUAL);
        assertEquals(Direction.INBOUND, o.direction());
        assertEquals(22, o.open().packet().packet().dport());
        assertTrue(o.open().packet().packet().v6());
        assertEquals("ipv4 filter INPUT 1000 -i enp3s0 -j DROP", o.blocked().decidedBy());
        assertEquals(List.of(
                PERMANENT_ADD + "ipv6 filter INPUT 0 -i enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT",
                PERMANENT_ADD + "ipv6 filter INPUT 1000 -i enp3s0 -j DROP"), o.fix().commands());
        assertTrue(o.fix().advice().contains("'ipv4 filter INPUT 0 -i enp3s0 -s 198.18.0.0/24 -p tcp --dport 22 -j ACCEPT'"),
                o.fix().advice());
        assertEquals(List.of(), findings(check(Scenarios.applied(rules, o.fix()), DUAL, List.of(), null), Ipv6LeftOpen.class));
    }

    @Test
    void restrictionsOfBothFamiliesLeaveNothingOpen() {
        assertEquals(List.of(), findings(check(Scenarios.fullSeed(), DUAL, List.of(), null), Ipv6LeftOpen.class));
    }

    @Test
    void zoneServicesOfOneFamilyAreNotMistakenForAnOpening() {
        assertEquals(List.of(), findings(check(List.of(), DUAL, List.of(), null), Ipv6LeftOpen.class));
    }
}
