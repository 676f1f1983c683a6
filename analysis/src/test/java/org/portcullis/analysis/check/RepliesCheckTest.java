package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.analysis.check.Scenarios.DROP;
import static org.portcullis.analysis.check.Scenarios.DUAL;
import static org.portcullis.analysis.check.Scenarios.PERMANENT_ADD;
import static org.portcullis.analysis.check.Scenarios.check;
import static org.portcullis.analysis.check.Scenarios.findings;
import static org.portcullis.analysis.check.Scenarios.rule;
import static org.portcullis.analysis.check.Scenarios.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.SourceMap;
import org.portcullis.engine.Packet;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.Sender;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Hook;

/** Replies cut for want of the RELATED,ESTABLISHED rule, judged by playing connections. */
class RepliesCheckTest {
    private static final String ESTABLISHED_FIX = PERMANENT_ADD
            + "ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT";

    private static RepliesDropped only(List<DirectRule> rules) {
        List<RepliesDropped> found = findings(check(rules, DUAL, List.of(), null), RepliesDropped.class);
        assertEquals(1, found.size(), () -> found.stream().map(Finding::title).toList().toString());
        return found.getFirst();
    }

    @Test
    void withoutTheEstablishedRuleTheSshServersSynAckIsDroppedByTheDropRule() {
        RepliesDropped d = only(seed(false));
        assertEquals("ipv4", d.family());
        assertTrue(d.leaving());
        assertEquals(List.of("enp3s0"), d.interfaces());
        Flow f = d.flow();
        assertTrue(f.what().startsWith("tcp ") && f.what().endsWith("-> 198.18.0.1:22 (a peer connects in)"), f.what());
        assertEquals("timeout", f.outcome());
        assertEquals("SYN-ACK", f.packet().label());
        assertEquals(Sender.HOST, f.packet().sender());
        assertEquals(Fate.DROPPED, f.packet().fate());
        Packet p = f.packet().packet();
        assertEquals(IpAddress.parse("198.18.0.1"), p.src());
        assertEquals(22, p.sport());
        assertTrue(p.dport() >= 32768 && p.dport() <= 60999, "to the peer's ephemeral port: " + p);
        assertEquals(DROP, f.decidedBy());
        assertEquals(Hook.OUTPUT, f.hook());
        assertEquals(DROP, f.rule().origin());
        assertTrue(f.packetWords().endsWith("dropped in output by " + DROP), f.packetWords());
        assertEquals(List.of(ESTABLISHED_FIX), d.fix().commands());
    }

    @Test
    void theIcmpErrorAnsweringAPacketTheZoneRejectsIsCutToo() {
        RepliesDropped d = only(seed(false));
        assertTrue(d.also().stream().anyMatch(a -> a.contains(":443: ICMP admin-prohibited answering SYN dropped by " + DROP)),
                d.also()::toString);
    }

    @Test
    void theFixedConfigurationCutsNoReply() {
        List<DirectRule> fixed = Scenarios.applied(seed(false), only(seed(false)).fix());
        assertEquals(List.of(), findings(check(fixed, DUAL, List.of(), null), RepliesDropped.class));
    }

    @Test
    void theSeedWithItsEstablishedRuleCutsNoReply() {
        assertEquals(List.of(), findings(check(seed(true), DUAL, List.of(), null), RepliesDropped.class));
    }

    @Test
    void anInboundRestrictionWithoutTheEstablishedRuleCutsTheAnswersToTheHostsOwnConnections() {
        List<DirectRule> rules = List.of(rule("ipv4 filter INPUT 0 -i enp3s0 -p tcp --dport 22 -j ACCEPT"),
                rule("ipv4 filter INPUT 1000 -i enp3s0 -j DROP"));
        RepliesDropped d = only(rules);
        assertFalse(d.leaving());
        assertTrue(d.flow().what().endsWith("(this host connects out)"), d.flow().what());
        assertEquals(Sender.PEER, d.flow().packet().sender());
        assertEquals("ipv4 filter INPUT 1000 -i enp3s0 -j DROP", d.flow().decidedBy());
        assertEquals(List.of(PERMANENT_ADD + "ipv4 filter INPUT 0 -i enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                d.fix().commands());
        assertEquals(List.of(), findings(check(Scenarios.applied(rules, d.fix()), DUAL, List.of(), null), RepliesDropped.class));
    }

    @Test
    void aDropAtTheLowestPriorityGetsAFixThatSortsAheadOfIt() {
        RepliesDropped d = only(List.of(rule("ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT"),
                rule("ipv4 filter OUTPUT 0 -o enp3s0 -j DROP")));
        assertEquals(List.of(PERMANENT_ADD + "ipv4 filter OUTPUT -1 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                d.fix().commands());
    }

    @Test
    void aRulesetWithoutSourceMapGetsAdviceInsteadOfACommand() {
        Compiled named = Scenarios.compile(seed(false));
        Compiled foreign = new Compiled(named.ruleset(), new SourceMap(Map.of()));
        List<RepliesDropped> found = findings(Checker.run(new CheckInput(foreign, DUAL, List.of(), null, CommandForm.RUNTIME, 1)),
                RepliesDropped.class);
        assertEquals(1, found.size());
        assertEquals(List.of(), found.getFirst().fix().commands());
        assertTrue(found.getFirst().fix().advice().startsWith("accept established and related packets ahead of "),
                found.getFirst().fix().advice());
        assertTrue(found.getFirst().flow().decidedBy().contains("drop"), found.getFirst().flow().decidedBy());
    }
}
