package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.analysis.check.Scenarios.DROP;
import static org.portcullis.analysis.check.Scenarios.DUAL;
import static org.portcullis.analysis.check.Scenarios.PERMANENT_ADD;
import static org.portcullis.analysis.check.Scenarios.RESOLVER;
import static org.portcullis.analysis.check.Scenarios.check;
import static org.portcullis.analysis.check.Scenarios.findings;
import static org.portcullis.analysis.check.Scenarios.rule;
import static org.portcullis.analysis.check.Scenarios.seed;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.host.HostFile;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.net.IpAddress;

/** DNS queries to the resolvers, played over udp/53 and tcp/53. */
class DnsCheckTest {

    private static DnsBlocked only(List<DirectRule> rules) {
        List<DnsBlocked> found = findings(check(rules, DUAL, List.of(RESOLVER), null), DnsBlocked.class);
        assertEquals(1, found.size(), () -> found.stream().map(Finding::title).toList().toString());
        return found.getFirst();
    }

    @Test
    void theSeedWithoutADnsRuleDropsQueriesOverUdpAndTcp() {
        DnsBlocked d = only(seed(true));
        assertEquals(RESOLVER, d.resolver());
        assertEquals(2, d.flows().size());
        assertEquals(IpProto.UDP, d.flows().get(0).packet().packet().protocol());
        assertEquals(IpProto.TCP, d.flows().get(1).packet().packet().protocol());
        for (Flow f : d.flows()) {
            assertEquals(RESOLVER, f.packet().packet().dst());
            assertEquals(53, f.packet().packet().dport());
            assertEquals(DROP, f.decidedBy());
        }
        assertEquals("timeout", d.flows().get(1).outcome());
        assertTrue(d.title().startsWith("DNS blocked: queries to the resolver 198.18.0.53 are dropped"), d.title());
        assertEquals(List.of(
                PERMANENT_ADD + "ipv4 filter OUTPUT 0 -o enp3s0 -d 198.18.0.53 -p udp --dport 53 -j ACCEPT",
                PERMANENT_ADD + "ipv4 filter OUTPUT 0 -o enp3s0 -d 198.18.0.53 -p tcp --dport 53 -j ACCEPT"), d.fix().commands());
    }

    @Test
    void theFixLetsTheQueriesThrough() {
        List<DirectRule> fixed = Scenarios.applied(seed(true), only(seed(true)).fix());
        assertEquals(List.of(), findings(check(fixed, DUAL, List.of(RESOLVER), null), DnsBlocked.class));
    }

    @Test
    void udpAllowedButTcpDroppedIsStillAWarning() {
        List<DirectRule> rules = new ArrayList<>(seed(true));
        rules.add(rule("ipv4 filter OUTPUT 0 -o enp3s0 -p udp --dport 53 -j ACCEPT"));
        DnsBlocked d = only(rules);
        assertEquals(1, d.flows().size());
        assertEquals(IpProto.TCP, d.flows().getFirst().packet().packet().protocol());
        assertTrue(d.title().startsWith("DNS over TCP blocked"), d.title());
    }

    @Test
    void theFullSeedLetsDnsThrough() {
        assertEquals(List.of(), findings(check(Scenarios.fullSeed(), DUAL, List.of(RESOLVER), null), DnsBlocked.class));
    }

    @Test
    void aResolverReachedByAnotherInterfaceIsNotBlocked() {
        var host = HostFile.parse("""
                name base2
                interface lo 127.0.0.1/8
                interface enp3s0 198.18.0.1/24
                interface enp4s0 198.18.1.1/24
                route default via 198.18.0.254 dev enp3s0
                """);
        IpAddress lanResolver = IpAddress.parse("198.18.1.53");
        assertEquals(List.of(), findings(check(seed(true), host, List.of(lanResolver), null), DnsBlocked.class));
        assertEquals(1, findings(check(seed(true), host, List.of(RESOLVER), null), DnsBlocked.class).size());
    }

    @Test
    void aLocalStubIsNotedNotPlayed() {
        CheckReport r = check(seed(true), DUAL, List.of(IpAddress.parse("127.0.0.53")), null);
        assertEquals(List.of(), findings(r, DnsBlocked.class));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("resolver 127.0.0.53 is this host")), r.notes()::toString);
    }

    @Test
    void withoutResolversDnsIsNotChecked() {
        CheckReport r = check(seed(true), DUAL, List.of(), null);
        assertEquals(List.of(), findings(r, DnsBlocked.class));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("DNS not checked")), r.notes()::toString);
    }
}
