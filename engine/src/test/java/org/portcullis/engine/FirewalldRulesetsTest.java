package org.portcullis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.trace.RejectKind;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.Step;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonReader;

/**
 * Rulesets the real firewalld 1.3.3 put in a kernel (table inet firewalld, recorded with
 * {@code nft -j list ruleset}; it/oracle/commands/zone-features.txt has the configuration behind each),
 * each packet's verdict checked together with the chain and rule that gave it.
 */
class FirewalldRulesetsTest {
    static final Path ORACLE = Path.of("..", "it", "src", "test", "resources", "oracle");
    static final Host HOST = HostFile.parse("""
            name fw
            forwarding yes
            interface lo 127.0.0.1/8 ::1/128
            interface enp3s0 ether 52:54:00:00:00:01 198.18.0.1/24 2001:db8::1/64
            interface veth1 ether 52:54:00:00:01:01 198.18.1.1/24 2001:db8:1::1/64
            interface veth9 ether 52:54:00:00:09:01 198.18.19.1/24
            route default via 198.18.0.254 dev enp3s0
            route default via 2001:db8::fe dev enp3s0
            """);
    static final IpAddress SELF = IpAddress.parse("198.18.0.1");
    static final IpAddress PEER = IpAddress.parse("198.18.0.2");
    static final IpAddress SELF6 = IpAddress.parse("2001:db8::1");
    static final IpAddress PEER6 = IpAddress.parse("2001:db8::2");
    static final MacAddress PEER_MAC = MacAddress.parse("02:00:00:00:00:02");
    static final MacAddress INTERNAL_MAC = MacAddress.parse("00:11:22:33:44:55");
    private static final Map<String, Ruleset> LOADED = new ConcurrentHashMap<>();

    static Ruleset oracle(String name) {
        Path file = ORACLE.resolve(name + ".json");
        assumeTrue(Files.isRegularFile(file), "oracle ruleset " + file.toAbsolutePath() + " is absent");
        return LOADED.computeIfAbsent(name, n -> {
            try {
                return RulesetJsonReader.read(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Simulator sim(String name) {
        return new Simulator(oracle(name), HOST, 1);
    }

    static Packet syn(IpAddress from, IpAddress to, int dport) {
        return Packet.tcp(from, 40000, to, dport, TcpFlags.SYN);
    }

    static PacketRecord in(String ruleset, Packet p) {
        return sim(ruleset).receive(p.withSrcMac(PEER_MAC), "enp3s0");
    }

    static void decidedBy(PacketRecord r, String chain, int index, RuleAction action) {
        Step by = r.trace().verdict().decidedBy();
        assertTrue(by instanceof Step.RuleMatched, () -> "decided by " + by + " in " + r.trace());
        Step.RuleMatched m = (Step.RuleMatched) by;
        assertEquals(List.of(Family.INET, "firewalld", chain, index, action),
                List.of(m.rule().family(), m.rule().table(), m.rule().chain(), m.rule().index(), m.action()), () -> brief(r));
        assertFalse(r.trace().verdict().uncertain(), () -> brief(r));
    }

    static boolean met(PacketRecord r, String chain, int index, RuleAction action) {
        return r.trace().matched().stream().anyMatch(m -> m.rule().chain().equals(chain) && m.rule().index() == index
                && m.action() == action);
    }

    static Step.NatApplied nat(PacketRecord r, String chain) {
        return r.trace().steps().stream().filter(s -> s instanceof Step.NatApplied n && n.rule() != null
                && n.rule().chain().equals(chain)).map(s -> (Step.NatApplied) s).findFirst()
                .orElseThrow(() -> new AssertionError("no nat in " + chain + ": " + r.trace()));
    }

    @Test
    void publicZoneAcceptsSsh() {
        PacketRecord r = in("features-nat-icmp", syn(PEER, SELF, 22));
        assertEquals(Fate.DELIVERED, r.fate());
        decidedBy(r, "filter_IN_public_allow", 0, RuleAction.ACCEPT);
    }

    @Test
    void publicZoneRejectsHttpWithAdminProhibited() {
        PacketRecord r = in("features-nat-icmp", syn(PEER, SELF, 80));
        assertEquals(Fate.REJECTED, r.fate());
        assertEquals(RejectKind.ADMIN_PROHIBITED, r.trace().verdict().reject());
        decidedBy(r, "filter_IN_public", 8, RuleAction.REJECT);
        Connection c = sim("features-nat-icmp").connect(ConnectRequest.inbound(IpProto.TCP, PEER, SELF, 80));
        assertEquals(Outcome.UNREACHABLE, c.outcome());
        PacketRecord answer = c.packets().get(1);
        assertEquals(13, answer.packet().icmpCode());
        assertEquals(3, answer.packet().icmpType());
    }

    @Test
    void theIcmpBlockRejectsEchoRequestsOfBothFamilies() {
        PacketRecord v4 = in("features-nat-icmp", Packet.icmp(PEER, SELF, 8, 0, 7));
        decidedBy(v4, "filter_IN_public_deny", 0, RuleAction.REJECT);
        assertEquals(RejectKind.ADMIN_PROHIBITED, v4.trace().verdict().reject());
        PacketRecord v6 = in("features-nat-icmp", Packet.icmp(PEER6, SELF6, 128, 0, 7));
        decidedBy(v6, "filter_IN_public_deny", 1, RuleAction.REJECT);
        Connection ping = sim("features-nat-icmp").connect(ConnectRequest.inbound(IpProto.ICMPV6, PEER6, SELF6, 0));
        assertEquals(1, ping.packets().get(1).packet().icmpCode(), "icmpx admin-prohibited is code 1 for IPv6");
    }

    @Test
    void icmpNotBlockedIsAcceptedAtTheEndOfTheZone() {
        PacketRecord mask = in("features-nat-icmp", Packet.icmp(PEER, SELF, 17, 0, 7));
        decidedBy(mask, "filter_IN_public", 7, RuleAction.ACCEPT);
    }

    @Test
    void underInversionOnlyTheListedIcmpTypesAreAllowed() {
        decidedBy(in("features-icmp-inversion", Packet.icmp(PEER, SELF, 8, 0, 7)), "filter_IN_public_allow", 5, RuleAction.ACCEPT);
        decidedBy(in("features-icmp-inversion", Packet.icmp(PEER, SELF, 13, 0, 7)), "filter_IN_public_allow", 7, RuleAction.ACCEPT);
        PacketRecord mask = in("features-icmp-inversion", Packet.icmp(PEER, SELF, 17, 0, 7));
        decidedBy(mask, "filter_IN_public", 7, RuleAction.REJECT);
        assertEquals(RejectKind.ADMIN_PROHIBITED, mask.trace().verdict().reject());
        PacketRecord reply = in("features-icmp-inversion", Packet.icmp(PEER, SELF, 0, 0, 7));
        decidedBy(reply, "filter_INPUT", 3, RuleAction.DROP);
    }

    @Test
    void forwardPortToTheHostItselfIsRedirectedAndAcceptedAsDnat() {
        PacketRecord r = in("features-nat-icmp", syn(PEER, SELF, 8080));
        assertEquals(Fate.DELIVERED, r.fate());
        Step.NatApplied redirect = nat(r, "nat_PRE_public_allow");
        assertEquals("redirect", redirect.kind());
        assertEquals("destination 198.18.0.1:8080 becomes 198.18.0.1:80", redirect.translation());
        decidedBy(r, "filter_INPUT", 1, RuleAction.ACCEPT);
        Connection c = sim("features-nat-icmp").connect(ConnectRequest.inbound(IpProto.TCP, PEER, SELF, 8080));
        assertEquals(Outcome.ESTABLISHED, c.outcome());
        PacketRecord synAck = c.packets().get(1);
        assertEquals(80, synAck.packet().sport());
        assertTrue(synAck.trace().steps().stream().anyMatch(s -> s instanceof Step.NatApplied n && n.rule() == null
                && n.translation().endsWith("becomes 198.18.0.1:8080 -> " + c.client())), () -> brief(synAck));
    }

    @Test
    void forwardPortToAnotherHostIsForwardedAndMasqueraded() {
        PacketRecord r = in("features-nat-icmp", syn(PEER, SELF, 2222));
        assertEquals(Fate.SENT, r.fate());
        assertEquals(List.of(Hook.PREROUTING, Hook.FORWARD, Hook.POSTROUTING), r.trace().hooks());
        assertEquals("destination 198.18.0.1:2222 becomes 198.18.0.9:22", nat(r, "nat_PRE_public_allow").translation());
        assertTrue(met(r, "filter_FORWARD", 1, RuleAction.ACCEPT), () -> brief(r));
        assertEquals("source 198.18.0.2:40000 becomes 198.18.0.1:40000", nat(r, "nat_POST_public_allow").translation());
        Connection c = sim("features-nat-icmp").connect(ConnectRequest.inbound(IpProto.TCP, PEER, SELF, 2222));
        assertEquals(Outcome.ESTABLISHED, c.outcome());
        assertTrue(c.lost().isEmpty(), () -> "lost " + c.lost());
        assertEquals(Sender.TARGET, c.packets().get(1).sender());
        assertEquals(IpAddress.parse("198.18.0.9"), c.packets().get(1).packet().src());
    }

    @Test
    void forwardPortToAnAddressKeepsThePort() {
        PacketRecord r = in("features-nat-icmp", Packet.udp(PEER, 40000, SELF, 5354));
        assertEquals("destination 198.18.0.1:5354 becomes 198.18.0.10:5354", nat(r, "nat_PRE_public_allow").translation());
        assertEquals(Fate.SENT, r.fate());
    }

    @Test
    void sourcesPickTheirZones() {
        PacketRecord trusted = in("features-sources", syn(IpAddress.parse("198.18.4.7"), SELF, 80));
        decidedBy(trusted, "filter_IN_trusted", 7, RuleAction.ACCEPT);
        PacketRecord block = in("features-sources", syn(IpAddress.parse("198.18.5.7"), SELF, 22));
        decidedBy(block, "filter_IN_block", 7, RuleAction.REJECT);
        assertEquals(RejectKind.ADMIN_PROHIBITED, block.trace().verdict().reject());
        PacketRecord ipset = in("features-sources", syn(IpAddress.parse("198.18.6.9"), SELF, 22));
        decidedBy(ipset, "filter_IN_drop", 7, RuleAction.DROP);
        PacketRecord ipset6 = in("features-sources", syn(IpAddress.parse("2001:db8::6"), SELF6, 22));
        decidedBy(ipset6, "filter_IN_drop", 7, RuleAction.DROP);
        PacketRecord work = in("features-sources", syn(PEER6, SELF6, 80));
        decidedBy(work, "filter_IN_work", 8, RuleAction.REJECT);
        PacketRecord veth9 = sim("features-sources").receive(syn(IpAddress.parse("198.18.19.2"), IpAddress.parse("198.18.19.1"), 22)
                .withSrcMac(PEER_MAC), "veth9");
        decidedBy(veth9, "filter_IN_drop", 7, RuleAction.DROP);
    }

    @Test
    void aMacSourcePicksItsZone() {
        PacketRecord ssh = sim("features-sources").receive(syn(PEER, SELF, 22).withSrcMac(INTERNAL_MAC), "enp3s0");
        decidedBy(ssh, "filter_IN_internal_allow", 0, RuleAction.ACCEPT);
        assertTrue(met(ssh, "filter_INPUT_ZONES", 3, RuleAction.GOTO), () -> brief(ssh));
        PacketRecord http = sim("features-sources").receive(syn(PEER, SELF, 80).withSrcMac(INTERNAL_MAC), "enp3s0");
        decidedBy(http, "filter_IN_internal", 8, RuleAction.REJECT);
    }

    @Test
    void anUnknownSourceMacLeavesTheZoneUndecided() {
        PacketRecord r = sim("features-sources").receive(syn(IpAddress.parse("198.18.4.7"), SELF, 80), "enp3s0");
        assertEquals(Fate.DELIVERED, r.fate());
        assertTrue(r.trace().verdict().uncertain());
        assertTrue(r.trace().steps().stream().anyMatch(s -> s instanceof Step.RuleUnknown u
                && u.rule().chain().equals("filter_INPUT_ZONES") && u.rule().index() == 3
                && u.reason().contains("source MAC address")), () -> brief(r));
    }

    @Test
    void theHostsOwnPacketsOverTheLoopbackNeverMatchAMac() {
        PacketRecord r = sim("features-sources").send(syn(SELF, SELF, 22));
        assertEquals(Fate.DELIVERED, r.fate());
        decidedBy(r, "filter_INPUT", 2, RuleAction.ACCEPT);
    }

    @Test
    void repliesFromAPeerWithAKnownMacAreCertain() {
        Connection unknown = sim("features-sources").connect(ConnectRequest.outbound(IpProto.TCP, PEER, 22));
        assertEquals(Outcome.ESTABLISHED, unknown.outcome());
        assertTrue(unknown.packets().get(1).trace().verdict().uncertain(), "the SYN-ACK meets the zones' MAC rule in prerouting");
        Connection known = sim("features-sources").connect(ConnectRequest.outbound(IpProto.TCP, PEER, 22).withPeerMac(PEER_MAC));
        assertEquals(Outcome.ESTABLISHED, known.outcome());
        assertTrue(known.packets().stream().noneMatch(p -> p.trace().verdict().uncertain()));
    }

    @Test
    void aCtHelperIsAssignedWithoutChangingTheVerdict() {
        PacketRecord r = sim("features-sources").receive(Packet.udp(PEER, 40000, SELF, 137).withSrcMac(INTERNAL_MAC), "enp3s0");
        decidedBy(r, "filter_IN_internal_allow", 4, RuleAction.ACCEPT);
        assertTrue(notes(r).stream().anyMatch(n -> n.startsWith("ct helper helper-netbios-ns-udp assigned")), () -> brief(r));
    }

    @Test
    void ipv6ReversePathFilterDropsSpoofedSources() {
        PacketRecord spoofed = in("features-sources", syn(IpAddress.parse("2001:db8:1::5"), SELF6, 22));
        assertEquals(Fate.DROPPED, spoofed.fate());
        decidedBy(spoofed, "filter_PREROUTING", 1, RuleAction.DROP);
        PacketRecord own = in("features-sources", syn(SELF6, IpAddress.parse("2001:db8::3"), 22));
        decidedBy(own, "filter_PREROUTING", 1, RuleAction.DROP);
        PacketRecord far = sim("features-sources").receive(syn(IpAddress.parse("2001:db8:99::1"), SELF6, 22).withSrcMac(PEER_MAC), "veth1");
        decidedBy(far, "filter_PREROUTING", 1, RuleAction.DROP);
        PacketRecord fine = in("features-sources", syn(IpAddress.parse("2001:db8:99::1"), SELF6, 22));
        assertFalse(met(fine, "filter_PREROUTING", 1, RuleAction.DROP));
        assertEquals(Fate.DELIVERED, fine.fate());
        PacketRecord linkLocal = in("features-sources", syn(IpAddress.parse("fe80::2"), SELF6, 22));
        assertEquals(Fate.DELIVERED, linkLocal.fate());
    }

    @Test
    void hostToAnyDropPolicyLetsOnlySshOut() {
        PacketRecord http = sim("features-policy").send(syn(SELF, PEER, 80));
        assertEquals(Fate.DROPPED, http.fate());
        decidedBy(http, "filter_OUT_policy_host-out", 5, RuleAction.DROP);
        PacketRecord ssh = sim("features-policy").send(syn(SELF, PEER, 22));
        assertEquals(Fate.SENT, ssh.fate());
        assertTrue(met(ssh, "filter_OUT_policy_host-out_allow", 0, RuleAction.ACCEPT), () -> brief(ssh));
        assertEquals(Outcome.DENIED, sim("features-policy").connect(ConnectRequest.outbound(IpProto.UDP, PEER, 53)).outcome());
    }

    @Test
    void clientsOutPolicyFiltersWhatTheInternalZoneForwards() {
        Ruleset rs = oracle("features-policy");
        PacketRecord https = new Simulator(rs, HOST, 1).receive(syn(IpAddress.parse("198.18.1.5"), IpAddress.parse("203.0.113.7"), 443)
                .withSrcMac(PEER_MAC), "veth1");
        assertEquals(Fate.SENT, https.fate());
        assertTrue(met(https, "filter_FWD_policy_clients-out_allow", 0, RuleAction.ACCEPT), () -> brief(https));
        PacketRecord http = new Simulator(rs, HOST, 1).receive(syn(IpAddress.parse("198.18.1.5"), IpAddress.parse("203.0.113.7"), 80)
                .withSrcMac(PEER_MAC), "veth1");
        decidedBy(http, "filter_FWD_policy_clients-out", 5, RuleAction.REJECT);
        PacketRecord allowed = new Simulator(rs, HOST, 1).receive(syn(IpAddress.parse("198.18.1.5"), IpAddress.parse("198.18.20.5"), 80)
                .withSrcMac(PEER_MAC), "veth1");
        assertTrue(met(allowed, "filter_FWD_policy_clients-out_allow", 3, RuleAction.ACCEPT), () -> brief(allowed));
    }

    @Test
    void panicModeDropsEverythingBeforeConntrack() {
        PacketRecord in = in("features-panic", syn(PEER, SELF, 22));
        assertEquals(Fate.DROPPED, in.fate());
        assertTrue(in.trace().verdict().decidedBy() instanceof Step.PolicyApplied p && p.chain().equals("raw_prerouting"));
        assertTrue(in.trace().steps().stream().noneMatch(s -> s instanceof Step.CtLookup));
        PacketRecord out = sim("features-panic").send(syn(SELF, PEER, 22));
        assertTrue(out.trace().verdict().decidedBy() instanceof Step.PolicyApplied p && p.chain().equals("raw_output"));
    }

    @Test
    void richRuleMarkArithmeticSetsTheMark() {
        Simulator sim = sim("features-rich");
        PacketRecord r = sim.receive(syn(IpAddress.parse("198.18.9.5"), SELF, 9).withMark(0x1234).withSrcMac(PEER_MAC), "enp3s0");
        assertTrue(met(r, "mangle_PRE_public_allow", 0, RuleAction.NONE), () -> brief(r));
        decidedBy(r, "filter_IN_public", 8, RuleAction.REJECT);
    }

    @Test
    void richRuleLoggingIsNoted() {
        PacketRecord nflog = in("features-rich", syn(IpAddress.parse("198.18.11.4"), SELF, 9));
        assertTrue(notes(nflog).stream().anyMatch(n -> n.startsWith("log group 5 prefix \"nf\" queue-threshold 4")), () -> brief(nflog));
        decidedBy(nflog, "filter_IN_public_allow", 9, RuleAction.ACCEPT);
        PacketRecord audit = in("features-rich", syn(IpAddress.parse("198.18.13.4"), SELF, 9));
        decidedBy(audit, "filter_IN_public_allow", 10, RuleAction.ACCEPT);
        assertTrue(notes(audit).stream().anyMatch(n -> n.startsWith("log level audit")), () -> brief(audit));
        assertTrue(notes(audit).stream().anyMatch(n -> n.startsWith("limit 5/hour")), () -> brief(audit));
        PacketRecord ftp = in("features-rich", syn(PEER, SELF, 21));
        assertTrue(notes(ftp).stream().anyMatch(n -> n.startsWith("log level audit")), () -> brief(ftp));
        decidedBy(ftp, "filter_IN_public_deny", 0, RuleAction.DROP);
    }

    @Test
    void richRuleMacSourceAndRejectTypes() {
        PacketRecord mac = sim("features-rich").receive(syn(PEER, SELF, 8443).withSrcMac(MacAddress.parse("00:11:22:33:44:66")), "enp3s0");
        decidedBy(mac, "filter_IN_public_allow", 8, RuleAction.ACCEPT);
        PacketRecord ssh = in("features-rich", syn(PEER, SELF, 22));
        decidedBy(ssh, "filter_IN_public_deny", 8, RuleAction.REJECT);
        assertEquals(RejectKind.PORT_UNREACHABLE, ssh.trace().verdict().reject());
        PacketRecord ipsetFirst = in("features-rich", syn(IpAddress.parse("198.18.6.1"), SELF, 22));
        decidedBy(ipsetFirst, "filter_IN_drop", 7, RuleAction.DROP);
    }

    @Test
    void tcpMssClampingChangesNoVerdict() {
        PacketRecord r = in("features-rich", syn(PEER, IpAddress.parse("198.18.1.5"), 443));
        assertTrue(notes(r).stream().anyMatch(n -> n.startsWith("tcp option maxseg size set")), () -> brief(r));
        assertFalse(r.trace().verdict().uncertain(), () -> brief(r));
    }

    @Test
    void deniedPacketsAreLoggedWithLogDeniedAll() {
        PacketRecord r = in("features-log-denied", syn(PEER, SELF, 80));
        assertEquals(Fate.REJECTED, r.fate());
        assertTrue(notes(r).stream().anyMatch(n -> n.startsWith("log prefix \"filter_IN_public_REJECT: \"")), () -> brief(r));
    }

    /** The rules a packet met and the notes made, for failure messages. */
    static String brief(PacketRecord r) {
        return r.packet() + ": " + r.trace().steps().stream().filter(s -> s instanceof Step.RuleMatched || s instanceof Step.Note
                || s instanceof Step.RuleUnknown || s instanceof Step.NatApplied || s instanceof Step.PolicyApplied).toList()
                + " => " + r.trace().verdict();
    }

    /**
     * A direct table at iptables' priorities beside firewalld's: mangle -150 before firewalld's mangle+10;
     * both nat prerouting chains run inside the nat core at -100, the direct one (-100) first, and once it
     * set a translation up firewalld's nat chain (dstnat+10) is not run; filter 0 before filter+10.
     */
    @Test
    void directTablesAndFirewalldInterleaveByPriority() {
        Ruleset direct = Ir.ruleset(Ir.table(Family.IP, "portcullis_direct",
                Ir.filter("mangle_pre", Hook.PREROUTING, -150, org.portcullis.nft.ChainPolicy.ACCEPT, Ir.rule(Ir.counter())),
                Ir.base("nat_pre", org.portcullis.nft.ChainType.NAT, Hook.PREROUTING, -100, org.portcullis.nft.ChainPolicy.ACCEPT,
                        Ir.rule(Ir.tcpDport(8080), new org.portcullis.nft.Stmt.Nat(org.portcullis.nft.Stmt.NatKind.DNAT, null,
                                Ir.prefix("198.18.1.9"), Ir.num(80)))),
                Ir.filter("filter_fwd", Hook.FORWARD, 0, org.portcullis.nft.ChainPolicy.ACCEPT, Ir.rule(Ir.counter()))));
        List<org.portcullis.nft.Table> tables = new java.util.ArrayList<>(direct.tables());
        tables.addAll(oracle("features-nat-icmp").tables());
        PacketRecord r = new Simulator(new Ruleset(tables), HOST, 1).receive(syn(PEER, SELF, 8080).withSrcMac(PEER_MAC), "enp3s0");
        List<String> chains = r.trace().steps().stream().filter(s -> s instanceof Step.ChainEntered c && c.entry() == Step.Entry.BASE)
                .map(s -> ((Step.ChainEntered) s).chain()).toList();
        assertEquals(List.of("mangle_pre", "mangle_PREROUTING", "nat_pre", "filter_PREROUTING", "filter_fwd", "filter_FORWARD",
                "nat_POSTROUTING"), chains);
        assertTrue(notes(r).contains("nat chain firewalld nat_PREROUTING skipped: an earlier nat chain set the flow's translation up"),
                () -> brief(r));
        assertEquals(Fate.SENT, r.fate());
        assertTrue(met(r, "filter_FORWARD", 1, RuleAction.ACCEPT), () -> brief(r));
        Step.NatApplied dnat = (Step.NatApplied) r.trace().steps().stream()
                .filter(s -> s instanceof Step.NatApplied n && n.rule() != null && n.rule().table().equals("portcullis_direct")).findFirst().orElseThrow();
        assertEquals("destination 198.18.0.1:8080 becomes 198.18.1.9:80", dnat.translation());
    }

    static List<String> notes(PacketRecord r) {
        return r.trace().steps().stream().filter(s -> s instanceof Step.Note).map(s -> ((Step.Note) s).text()).toList();
    }
}
