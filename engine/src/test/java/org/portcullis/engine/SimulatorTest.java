package org.portcullis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.ctState;
import static org.portcullis.engine.Ir.filter;
import static org.portcullis.engine.Ir.rule;
import static org.portcullis.engine.Ir.ruleset;
import static org.portcullis.engine.Ir.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.trace.Step;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;

class SimulatorTest {

    static Ruleset chains(Chain... chains) {
        return ruleset(table(Family.INET, "filter", chains));
    }

    static Simulator sim(Ruleset rs) {
        return new Simulator(rs, Hosts.base1(), 1);
    }

    static List<Hook> hooks(PacketRecord r) {
        return r.trace().hooks();
    }

    static final Ruleset OUTPUT_DROP = chains(filter("out", Hook.OUTPUT, 0, ChainPolicy.DROP));

    @Test
    void udpDroppedInLocalOutputIsDenied() {
        Connection c = sim(OUTPUT_DROP).connect(ConnectRequest.outbound(IpProto.UDP, Hosts.PEER, 53));
        assertEquals(Outcome.DENIED, c.outcome());
        assertEquals(1, c.packets().size());
        assertEquals(Fate.DROPPED, c.packets().get(0).fate());
    }

    @Test
    void pingDroppedInLocalOutputIsDenied() {
        Connection c = sim(OUTPUT_DROP).connect(ConnectRequest.outbound(IpProto.ICMP, Hosts.PEER, 0));
        assertEquals(Outcome.DENIED, c.outcome());
    }

    @Test
    void anIpv6PingLostInLocalOutputIsNotToldItsProgram() {
        var v6peer = org.portcullis.model.net.IpAddress.parse("2001:db8::2");
        assertEquals(Outcome.TIMEOUT, sim(OUTPUT_DROP).connect(ConnectRequest.outbound(IpProto.ICMPV6, v6peer, 0)).outcome());
        assertEquals(Outcome.DENIED, sim(OUTPUT_DROP).connect(ConnectRequest.outbound(IpProto.UDP, v6peer, 53)).outcome());
        Ruleset rejectNew = chains(filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                rule(ctState("established", "related"), Stmt.Verdict.ACCEPT),
                rule(new Stmt.Reject("icmpx", "admin-prohibited"))));
        Connection prohibited = sim(rejectNew).connect(ConnectRequest.outbound(IpProto.ICMPV6, v6peer, 0));
        assertEquals(Outcome.UNREACHABLE, prohibited.outcome(), "the ICMPv6 error reaches the ping socket");
        Ruleset addrUnreachable = chains(filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                rule(ctState("established", "related"), Stmt.Verdict.ACCEPT),
                rule(new Stmt.Reject("icmpx", "host-unreachable"))));
        assertEquals(Outcome.TIMEOUT, sim(addrUnreachable).connect(ConnectRequest.outbound(IpProto.ICMPV6, v6peer, 0)).outcome(),
                "address unreachable is a soft error");
    }

    @Test
    void ipv6NoRouteAndAddressUnreachableAreSoftForDatagramsButEndATcpConnect() {
        var v6peer = org.portcullis.model.net.IpAddress.parse("2001:db8::2");
        var self6 = org.portcullis.model.net.IpAddress.parse("2001:db8::1");
        for (String code : List.of("no-route", "addr-unreachable")) {
            Ruleset rs = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("icmpv6", code))));
            assertEquals(Outcome.TIMEOUT, sim(rs).connect(ConnectRequest.inbound(IpProto.UDP, v6peer, self6, 53)).outcome(), code);
            assertEquals(Outcome.TIMEOUT, sim(rs).connect(ConnectRequest.inbound(IpProto.ICMPV6, v6peer, self6, 0)).outcome(), code);
            assertEquals(Outcome.UNREACHABLE, sim(rs).connect(ConnectRequest.inbound(IpProto.TCP, v6peer, self6, 22)).outcome(), code);
        }
        Ruleset prohibited = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("icmpv6", "admin-prohibited"))));
        assertEquals(Outcome.UNREACHABLE, sim(prohibited).connect(ConnectRequest.inbound(IpProto.UDP, v6peer, self6, 53)).outcome());
    }

    @Test
    void theResetAnsweringARejectedSynMeetsTheNatChainsOfTheEndNotYetSetUp() {
        Ruleset rs = ruleset(table(Family.INET, "t",
                Ir.base("post", org.portcullis.nft.ChainType.NAT, Hook.POSTROUTING, 100, ChainPolicy.ACCEPT, rule(Ir.counter())),
                filter("in", Hook.INPUT, 10, ChainPolicy.ACCEPT, rule(Ir.tcpDport(80), new Stmt.Reject("tcp reset", null)),
                        rule(Ir.eq(Ir.meta("l4proto"), Ir.str("udp")), new Stmt.Reject("icmpx", "port-unreachable")))));
        var post = new org.portcullis.engine.trace.RuleRef(Family.INET, "t", "post", 0);
        Simulator tcp = sim(rs);
        assertEquals(Outcome.REFUSED, tcp.connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 80)).outcome());
        assertEquals(1, tcp.counters().packets(post), "the SYN never reached postrouting, its reset is the flow's first packet there");
        Simulator udp = sim(rs);
        assertEquals(Outcome.REFUSED, udp.connect(ConnectRequest.inbound(IpProto.UDP, Hosts.PEER, Hosts.SELF, 53)).outcome());
        assertEquals(0, udp.counters().packets(post), "an ICMP error is only translated");
    }

    @Test
    void pingAndUdpSucceedWithoutRules() {
        assertEquals(Outcome.ESTABLISHED, sim(Ruleset.EMPTY).connect(ConnectRequest.outbound(IpProto.ICMP, Hosts.PEER, 0)).outcome());
        Connection udp = sim(Ruleset.EMPTY).connect(ConnectRequest.inbound(IpProto.UDP, Hosts.PEER, Hosts.SELF, 53));
        assertEquals(Outcome.ESTABLISHED, udp.outcome());
        assertEquals(List.of(Hook.PREROUTING, Hook.INPUT), hooks(udp.packets().get(0)));
        assertEquals(List.of(Hook.OUTPUT, Hook.POSTROUTING), hooks(udp.packets().get(1)));
    }

    @Test
    void tcpResetInLocalOutputReachesTheOwnSocketOverLoopback() {
        Ruleset rs = chains(filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                rule(Ir.oifname("enp3s0"), Ir.tcpDport(80), new Stmt.Reject("tcp reset", null))));
        Connection c = sim(rs).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 80));
        assertEquals(Outcome.REFUSED, c.outcome());
        PacketRecord rst = c.packets().get(1);
        assertEquals(TcpFlags.RST | TcpFlags.ACK, rst.packet().tcpFlags());
        assertEquals(Fate.DELIVERED, rst.fate());
        assertEquals(List.of(Hook.OUTPUT, Hook.POSTROUTING, Hook.PREROUTING, Hook.INPUT), hooks(rst));
    }

    @Test
    void zoneStyleRejectInInputIsUnreachableAndItsIcmpCrossesOutput() {
        Ruleset rs = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT,
                rule(Ir.tcpDport(22), new Stmt.Reject("icmpx", "admin-prohibited"))));
        Connection c = sim(rs).connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22));
        assertEquals(Outcome.UNREACHABLE, c.outcome());
        PacketRecord icmp = c.packets().get(1);
        assertEquals(Sender.HOST, icmp.sender());
        assertEquals(IpProto.ICMP, icmp.packet().protocol());
        assertEquals(13, icmp.packet().icmpCode());
        assertEquals(List.of(Hook.OUTPUT, Hook.POSTROUTING), hooks(icmp));
        assertTrue(icmp.trace().steps().stream().noneMatch(s -> s instanceof Step.CtLookup));
    }

    @Test
    void hostUnreachableIsIgnoredByDatagramSocketsButFailsATcpConnect() {
        Ruleset rs = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT,
                rule(new Stmt.Reject("icmp", "host-unreachable"))));
        for (int proto : new int[] {IpProto.UDP, IpProto.ICMP}) {
            Connection c = sim(rs).connect(ConnectRequest.inbound(proto, Hosts.PEER, Hosts.SELF, 53));
            assertEquals(Outcome.TIMEOUT, c.outcome());
            assertEquals(Fate.SENT, c.packets().get(1).fate());
        }
        assertEquals(Outcome.UNREACHABLE, sim(rs).connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22)).outcome());
    }

    @Test
    void portUnreachableAndAdminProhibitedReachDatagramSockets() {
        Ruleset port = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("icmp", "port-unreachable"))));
        Ruleset admin = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("icmpx", "admin-prohibited"))));
        assertEquals(Outcome.REFUSED, sim(port).connect(ConnectRequest.inbound(IpProto.UDP, Hosts.PEER, Hosts.SELF, 53)).outcome());
        assertEquals(Outcome.UNREACHABLE, sim(admin).connect(ConnectRequest.inbound(IpProto.ICMP, Hosts.PEER, Hosts.SELF, 0)).outcome());
    }

    @Test
    void aResetRejectedOnItsWayOutIsAnsweredWithAnIcmpErrorToTheHostItself() {
        Ruleset rs = chains(
                filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(Ir.tcpDport(22), new Stmt.Reject("tcp reset", null))),
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(Ir.oifname("enp3s0"), new Stmt.Reject("icmpx", "port-unreachable"))));
        Connection c = sim(rs).connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22));
        assertEquals(Outcome.TIMEOUT, c.outcome());
        PacketRecord rst = c.packets().get(1);
        assertEquals(Fate.REJECTED, rst.fate());
        PacketRecord icmp = c.packets().get(2);
        assertEquals(IpProto.ICMP, icmp.packet().protocol());
        assertEquals(Hosts.SELF, icmp.packet().dst());
        assertEquals(rst.packet(), icmp.packet().quoted());
        assertEquals(Fate.DELIVERED, icmp.fate());
        assertEquals(List.of(Hook.OUTPUT, Hook.POSTROUTING, Hook.PREROUTING, Hook.INPUT), hooks(icmp));
    }

    @Test
    void noAnswerToARejectedIcmpErrorNorAResetToAReset() {
        Ruleset rs = chains(
                filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("icmpx", "admin-prohibited"))),
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(Ir.oifname("enp3s0"), new Stmt.Reject("icmpx", "port-unreachable"))));
        Connection c = sim(rs).connect(ConnectRequest.inbound(IpProto.UDP, Hosts.PEER, Hosts.SELF, 53));
        assertEquals(2, c.packets().size());
        assertEquals(Fate.REJECTED, c.packets().get(1).fate());
        Simulator s = sim(chains(filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("tcp reset", null)))));
        PacketRecord r = s.send(Packet.tcp(Hosts.SELF, 40000, Hosts.PEER, 22, TcpFlags.RST));
        assertEquals(Fate.REJECTED, r.fate());
    }

    @Test
    void theAnswerToARejectedSynDoesNotConfirmItsFlow() {
        Ruleset rs = chains(filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject("tcp reset", null))));
        Simulator s = sim(rs);
        Connection c = s.connect(ConnectRequest.inbound(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22));
        assertEquals(Outcome.REFUSED, c.outcome());
        assertTrue(c.packets().get(1).trace().steps().stream().noneMatch(st -> st instanceof Step.CtLookup));
        assertTrue(s.conntrack().isEmpty(), () -> "left " + s.conntrack());
    }

    @Test
    void aRejectWhoseAnswerIsDroppedLeavesThePeerWaiting() {
        Ruleset rs = chains(
                filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rule(new Stmt.Reject(null, null))),
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(Ir.ctState("related"), Stmt.Verdict.DROP)));
        Connection c = sim(rs).connect(ConnectRequest.inbound(IpProto.UDP, Hosts.PEER, Hosts.SELF, 53));
        assertEquals(Outcome.TIMEOUT, c.outcome());
        assertEquals(Fate.DROPPED, c.packets().get(1).fate());
        Connection refused = sim(chains(rs.tables().get(0).chains().get(0)))
                .connect(ConnectRequest.inbound(IpProto.UDP, Hosts.PEER, Hosts.SELF, 53));
        assertEquals(Outcome.REFUSED, refused.outcome());
    }

    @Test
    void repliesToOutboundConnectionsNeedTheCtRuleOnInput() {
        Chain withCt = filter("in", Hook.INPUT, 0, ChainPolicy.DROP, rule(ctState("established", "related"), Stmt.Verdict.ACCEPT));
        assertEquals(Outcome.ESTABLISHED, sim(chains(withCt)).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 80)).outcome());
        Connection c = sim(chains(filter("in", Hook.INPUT, 0, ChainPolicy.DROP)))
                .connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 80));
        assertEquals(Outcome.TIMEOUT, c.outcome());
        assertEquals(14, c.packets().size());
        assertTrue(c.lost().stream().allMatch(p -> p.label().equals("SYN-ACK")));
    }

    @Test
    void aDroppedSynLeavesNoConntrackEntry() {
        Simulator s = sim(OUTPUT_DROP);
        Connection c = s.connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22));
        assertTrue(s.conntrack().isEmpty());
        for (PacketRecord r : c.packets()) {
            assertTrue(r.trace().steps().contains(new Step.CtLookup(org.portcullis.engine.conntrack.CtState.NEW, org.portcullis.engine.conntrack.CtDirection.ORIGINAL, true)));
        }
        Simulator open = sim(Ruleset.EMPTY);
        open.connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22));
        assertEquals(1, open.conntrack().size());
    }

    @Test
    void ephemeralPortsAreDeterministicPerSeedAndInRange() {
        var host = HostFile.parse("interface enp3s0 198.18.0.1/24\nport-range 40000 40001\n");
        int a = new Simulator(Ruleset.EMPTY, host, 5).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22))
                .packets().get(0).packet().sport();
        int b = new Simulator(Ruleset.EMPTY, host, 5).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22))
                .packets().get(0).packet().sport();
        assertEquals(a, b);
        assertTrue(a == 40000 || a == 40001);
        Simulator s = sim(Ruleset.EMPTY);
        int first = s.connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22)).packets().get(0).packet().sport();
        int second = s.connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 22)).packets().get(0).packet().sport();
        assertNotEquals(first, second);
    }

    @Test
    void forwardingDecidesForPacketsNotForTheHost() {
        Packet p = Packet.tcp(Hosts.PEER, 40000, Hosts.FAR, 22, TcpFlags.SYN);
        assertEquals(Fate.NOT_FORWARDED, sim(Ruleset.EMPTY).receive(p, "enp3s0").fate());
        var router = HostFile.parse("forwarding yes\ninterface enp3s0 198.18.0.1/24\ninterface enp4s0 198.19.0.1/16\n");
        PacketRecord r = new Simulator(Ruleset.EMPTY, router, 1).receive(p, "enp3s0");
        assertEquals(Fate.SENT, r.fate());
        assertEquals(List.of(Hook.PREROUTING, Hook.FORWARD, Hook.POSTROUTING), hooks(r));
        assertTrue(r.trace().steps().contains(new Step.HookEntered(Hook.FORWARD, "enp3s0", "enp4s0")));
    }

    @Test
    void aConnectionThroughTheHostIsAnsweredByTheHostBeyondIt() {
        var router = HostFile.parse("forwarding yes\ninterface enp3s0 198.18.0.1/24\ninterface enp4s0 198.19.0.1/16\n");
        Ruleset rs = chains(filter("fwd", Hook.FORWARD, 0, ChainPolicy.DROP,
                rule(ctState("established"), Stmt.Verdict.ACCEPT), rule(Ir.tcpDport(22), Stmt.Verdict.ACCEPT)));
        Connection ssh = new Simulator(rs, router, 1).connect(ConnectRequest.through(IpProto.TCP, Hosts.PEER, Hosts.FAR, 22));
        assertEquals(Outcome.ESTABLISHED, ssh.outcome());
        PacketRecord synAck = ssh.packets().get(1);
        assertEquals(Sender.TARGET, synAck.sender());
        assertEquals(List.of(Hook.PREROUTING, Hook.FORWARD, Hook.POSTROUTING), hooks(synAck));
        assertTrue(synAck.trace().steps().contains(new Step.HookEntered(Hook.FORWARD, "enp4s0", "enp3s0")));
        Connection http = new Simulator(rs, router, 1).connect(ConnectRequest.through(IpProto.TCP, Hosts.PEER, Hosts.FAR, 80));
        assertEquals(Outcome.TIMEOUT, http.outcome());
        Connection notForwarded = sim(Ruleset.EMPTY).connect(ConnectRequest.through(IpProto.UDP, Hosts.PEER, Hosts.FAR, 53));
        assertEquals(Outcome.TIMEOUT, notForwarded.outcome());
        assertEquals(Fate.NOT_FORWARDED, notForwarded.packets().get(0).fate());
        assertThrows(FirewallException.class,
                () -> sim(Ruleset.EMPTY).connect(ConnectRequest.through(IpProto.TCP, Hosts.PEER, Hosts.SELF, 22)));
    }

    @Test
    void theFramesOfTheHostBeyondCarryTheTargetMac() {
        var router = HostFile.parse("forwarding yes\ninterface enp3s0 ether 02:00:00:00:00:01 198.18.0.1/24\n"
                + "interface enp4s0 ether 02:00:00:00:01:01 198.19.0.1/16\n");
        Ruleset rs = chains(filter("pre", Hook.PREROUTING, 0, ChainPolicy.ACCEPT,
                rule(Ir.eq(Ir.payload("ether", "saddr"), Ir.str("02:00:00:00:01:02")), Ir.counter())));
        ConnectRequest req = ConnectRequest.through(IpProto.TCP, Hosts.PEER, Hosts.FAR, 22)
                .withPeerMac(MacAddress.parse("02:00:00:00:00:02"));
        Connection unknown = new Simulator(rs, router, 1).connect(req);
        assertEquals(Sender.TARGET, unknown.packets().get(1).sender());
        assertTrue(unknown.packets().get(1).trace().verdict().uncertain(), "the SYN-ACK comes from an unknown MAC");
        Simulator sim = new Simulator(rs, router, 1);
        Connection known = sim.connect(req.withTargetMac(MacAddress.parse("02:00:00:00:01:02")));
        assertTrue(known.packets().stream().noneMatch(p -> p.trace().verdict().uncertain()));
        long fromTarget = known.packets().stream().filter(p -> p.sender() == Sender.TARGET).count();
        assertEquals(fromTarget, sim.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.INET, "filter", "pre", 0)));
    }

    @Test
    void packetModeCanAssumeACtState() {
        Ruleset rs = chains(filter("out", Hook.OUTPUT, 0, ChainPolicy.DROP, rule(ctState("established"), Stmt.Verdict.ACCEPT)));
        Packet p = Packet.tcp(Hosts.SELF, 22, Hosts.PEER, 40000, TcpFlags.ACK);
        assertEquals(Fate.DROPPED, sim(rs).send(p).fate());
        assertEquals(Fate.SENT, sim(rs).send(p, CtState.ESTABLISHED).fate());
    }

    @Test
    void aDnatFlowIsTranslatedBothWays() {
        Ruleset rs = ruleset(table(Family.IP, "t",
                Ir.base("nat_out", org.portcullis.nft.ChainType.NAT, Hook.OUTPUT, -100, ChainPolicy.ACCEPT,
                        rule(Ir.tcpDport(80), new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.3"), Ir.num(8080)))),
                filter("in", Hook.INPUT, 0, ChainPolicy.DROP, rule(ctState("established"), Stmt.Verdict.ACCEPT))));
        Connection c = sim(rs).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.PEER, 80));
        assertEquals(Outcome.ESTABLISHED, c.outcome());
        assertTrue(c.lost().isEmpty(), () -> "lost " + c.lost());
        PacketRecord synAck = c.packets().get(1);
        assertEquals(8080, synAck.packet().sport());
        assertEquals(org.portcullis.model.net.IpAddress.parse("198.18.0.3"), synAck.packet().src());
    }

    @Test
    void ipTablesLeaveIpv6AloneAndInetTablesDoNot() {
        var v6peer = org.portcullis.model.net.IpAddress.parse("2001:db8::2");
        Ruleset ipOnly = ruleset(table(Family.IP, "t", filter("out", Hook.OUTPUT, 0, ChainPolicy.DROP)));
        assertEquals(Outcome.ESTABLISHED, sim(ipOnly).connect(ConnectRequest.outbound(IpProto.ICMPV6, v6peer, 0)).outcome());
        assertEquals(Outcome.DENIED, sim(ipOnly).connect(ConnectRequest.outbound(IpProto.ICMP, Hosts.PEER, 0)).outcome());
        Connection c = sim(OUTPUT_DROP).connect(ConnectRequest.outbound(IpProto.TCP, v6peer, 22));
        assertEquals(Outcome.TIMEOUT, c.outcome());
        assertEquals("[2001:db8::2]:22", c.server());
    }

    @Test
    void withoutARouteTheConnectFailsAtOnce() {
        var isolated = HostFile.parse("interface enp3s0 198.18.0.1/24\n");
        Connection c = new Simulator(Ruleset.EMPTY, isolated, 1).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.FAR, 22));
        assertEquals(Outcome.UNREACHABLE, c.outcome());
        assertEquals(1, c.packets().size());
        assertEquals(Fate.NO_ROUTE, c.packets().get(0).fate());
    }

    @Test
    void refusesToConnectToItself() {
        assertThrows(FirewallException.class,
                () -> sim(Ruleset.EMPTY).connect(ConnectRequest.outbound(IpProto.TCP, Hosts.SELF, 22)));
    }
}
