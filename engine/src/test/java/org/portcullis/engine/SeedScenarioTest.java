package org.portcullis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.ctState;
import static org.portcullis.engine.Ir.filter;
import static org.portcullis.engine.Ir.oifname;
import static org.portcullis.engine.Ir.rule;
import static org.portcullis.engine.Ir.ruleset;
import static org.portcullis.engine.Ir.table;
import static org.portcullis.engine.Ir.tcpDport;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;

/** The seed's four direct rules on OUTPUT, as the compiler emits them, played as real connections. */
class SeedScenarioTest {

    static Ruleset seed(boolean withCtRule) {
        List<Rule> rules = new ArrayList<>();
        rules.add(rule(oifname("enp3s0"), tcpDport(22), Stmt.Verdict.ACCEPT));
        rules.add(rule(oifname("enp3s0"), tcpDport(443), Stmt.Verdict.ACCEPT));
        if (withCtRule) {
            rules.add(rule(oifname("enp3s0"), ctState("established", "related"), Stmt.Verdict.ACCEPT));
        }
        rules.add(rule(oifname("enp3s0"), Stmt.Verdict.DROP));
        return ruleset(table(Family.IP, "portcullis_direct",
                filter("filter_OUTPUT", Hook.OUTPUT, 0, ChainPolicy.ACCEPT, rules.toArray(Rule[]::new))));
    }

    private static Simulator sim(boolean withCtRule) {
        return new Simulator(seed(withCtRule), Hosts.base1(), 7);
    }

    private static Step.RuleMatched decider(PacketRecord r) {
        return (Step.RuleMatched) r.trace().verdict().decidedBy();
    }

    @Test
    void sshOutIsEstablishedByTheFirstRule() {
        Connection c = sim(true).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22));
        assertEquals(Outcome.ESTABLISHED, c.outcome());
        assertEquals(0, decider(c.packets().get(0)).rule().index());
        assertEquals(RuleAction.ACCEPT, decider(c.packets().get(0)).action());
        assertTrue(c.lost().isEmpty(), () -> "lost: " + c.lost());
        assertEquals("198.18.0.2:22", c.server());
    }

    @Test
    void httpsOutIsEstablishedBySecondRule() {
        Connection c = sim(true).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 443));
        assertEquals(Outcome.ESTABLISHED, c.outcome());
        assertEquals(1, decider(c.packets().get(0)).rule().index());
    }

    @Test
    void httpOutTimesOutWithEverySynDroppedByTheLastRule() {
        Connection c = sim(true).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 80));
        assertEquals(Outcome.TIMEOUT, c.outcome());
        assertEquals(7, c.packets().size());
        for (PacketRecord r : c.packets()) {
            assertEquals(Fate.DROPPED, r.fate());
            assertEquals(3, decider(r).rule().index());
            assertEquals(RuleAction.DROP, decider(r).action());
            assertTrue(r.packet().tcpFlags() == TcpFlags.SYN);
        }
        assertTrue(c.packets().get(6).label().contains("retransmission 6"));
    }

    @Test
    void ephemeralSourcePortComesFromTheHostRange() {
        Connection c = sim(true).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22));
        int sport = c.packets().get(0).packet().sport();
        assertTrue(sport >= 32768 && sport <= 60999, "sport " + sport);
        assertEquals("198.18.0.1:" + sport, c.client());
    }

    @Test
    void inboundSshIsEstablishedThanksToTheCtRule() {
        Connection c = sim(true).connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22));
        assertEquals(Outcome.ESTABLISHED, c.outcome());
        PacketRecord synAck = c.packets().get(1);
        assertEquals("SYN-ACK", synAck.label());
        assertEquals(Sender.HOST, synAck.sender());
        assertEquals(2, decider(synAck).rule().index());
        assertTrue(synAck.trace().steps().contains(new Step.CtLookup(org.portcullis.engine.conntrack.CtState.ESTABLISHED, org.portcullis.engine.conntrack.CtDirection.REPLY, false)));
    }

    @Test
    void inboundSshWithoutCtRuleLosesTheSynAckAndTimesOut() {
        Connection c = sim(false).connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22));
        assertEquals(Outcome.TIMEOUT, c.outcome());
        List<PacketRecord> synAcks = c.packets().stream().filter(p -> p.label().equals("SYN-ACK")).toList();
        assertEquals(7, synAcks.size());
        for (PacketRecord r : synAcks) {
            assertTrue(r.lost());
            assertEquals(22, r.packet().sport());
            assertEquals(c.packets().get(0).packet().sport(), r.packet().dport());
            assertEquals(2, decider(r).rule().index());
            assertEquals(Hook.OUTPUT, r.trace().steps().stream().filter(s -> s instanceof Step.HookEntered)
                    .map(s -> ((Step.HookEntered) s).hook()).reduce((a, b) -> b).orElseThrow());
        }
        assertFalse(c.packets().stream().filter(p -> p.label().startsWith("SYN")).anyMatch(p -> p.label().equals("SYN") && p.lost()));
    }
}
