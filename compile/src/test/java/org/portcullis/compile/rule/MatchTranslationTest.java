package org.portcullis.compile.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcullis.compile.rule.Translate.V4;
import static org.portcullis.compile.rule.Translate.V6;
import static org.portcullis.compile.rule.Translate.match;
import static org.portcullis.compile.rule.Translate.one;
import static org.portcullis.compile.rule.Translate.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.rule.CtState;
import org.portcullis.model.rule.LimitUnit;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.Target;
import org.portcullis.model.rule.TcpFlag;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

class MatchTranslationTest {
    private static final Target ACCEPT = new Target.Accept();

    private static Match.Ports ports(int proto, PortDirection dir, boolean multi, boolean neg, PortRange... r) {
        return new Match.Ports(proto, dir, List.of(r), multi, neg);
    }

    @Test
    void interfaces() {
        assertEquals("meta iifname \"eth0\" counter accept", match(new Match.InInterface("eth0", false)));
        assertEquals("meta oifname != \"eth*\" counter accept", match(new Match.OutInterface("eth+", true)));
    }

    @Test
    void addresses() {
        assertEquals("ip saddr 10.0.0.0/8 ip daddr 1.2.3.4 counter accept", match(
                new Match.Source(List.of(IpPrefix.parse("10.0.0.0/8")), false),
                new Match.Destination(List.of(IpPrefix.parse("1.2.3.4")), false)));
        assertEquals("ip saddr != 10.0.0.0/8 counter accept",
                match(new Match.Source(List.of(IpPrefix.parse("10.0.0.0/8")), true)));
        assertEquals("ip6 daddr 2001:db8::/32 counter accept", one(V6, ACCEPT,
                new Match.Destination(List.of(IpPrefix.parse("2001:db8::/32")), false)));
        assertEquals("counter accept", match(new Match.Source(List.of(IpPrefix.parse("0.0.0.0/0")), false)));
        assertEquals("ip daddr { 10.0.0.1, 10.0.0.2 } counter accept", match(new Match.Destination(
                List.of(IpPrefix.parse("10.0.0.1"), IpPrefix.parse("10.0.0.2")), false)));
    }

    @Test
    void addressRanges() {
        assertEquals("ip saddr 10.0.0.1-10.0.0.9 counter accept", match(new Match.AddressRange(true,
                IpAddress.parse("10.0.0.1"), IpAddress.parse("10.0.0.9"), false)));
        assertEquals("ip6 daddr != 2001:db8::1-2001:db8::9 counter accept", one(V6, ACCEPT,
                new Match.AddressRange(false, IpAddress.parse("2001:db8::1"), IpAddress.parse("2001:db8::9"), true)));
    }

    @Test
    void protocols() {
        assertEquals("meta l4proto gre counter accept", match(new Match.Protocol(47, false)));
        assertEquals("meta l4proto != tcp counter accept", match(new Match.Protocol(6, true)));
        assertEquals("meta l4proto 253 counter accept", match(new Match.Protocol(253, false)));
        assertEquals("meta l4proto ipv6-icmp counter accept", one(V6, ACCEPT, new Match.Protocol(58, false)));
    }

    @Test
    void protocolImpliedByAHeaderMatchIsLeftOut() {
        assertEquals("tcp dport 22 counter accept", match(new Match.Protocol(6, false),
                ports(6, PortDirection.DESTINATION, false, false, PortRange.single(22))));
        assertEquals("meta l4proto != udp udp sport 53 counter accept", match(new Match.Protocol(17, true),
                ports(17, PortDirection.SOURCE, false, false, PortRange.single(53))));
        assertEquals("meta l4proto icmp counter accept",
                match(new Match.Protocol(1, false), new Match.IcmpType(false, -1, -1, false)));
    }

    @Test
    void ports() {
        assertEquals("udp sport != 53 counter accept",
                match(ports(17, PortDirection.SOURCE, false, true, PortRange.single(53))));
        assertEquals("tcp dport 1000-2000 counter accept",
                match(ports(6, PortDirection.DESTINATION, false, false, new PortRange(1000, 2000))));
        assertEquals("sctp dport != 1000-2000 counter accept",
                match(ports(132, PortDirection.DESTINATION, false, true, new PortRange(1000, 2000))));
    }

    @Test
    void multiport() {
        assertEquals("tcp dport { 22, 80, 1000-2000 } counter accept", match(ports(6, PortDirection.DESTINATION,
                true, false, PortRange.single(22), PortRange.single(80), new PortRange(1000, 2000))));
        assertEquals("tcp sport != { 22, 80 } counter accept", match(ports(6, PortDirection.SOURCE,
                true, true, PortRange.single(22), PortRange.single(80))));
        assertEquals(List.of("udp sport { 22, 80 } counter accept",
                        "udp sport != { 22, 80 } udp dport { 22, 80 } counter accept"),
                text(V4, ACCEPT, ports(17, PortDirection.EITHER, true, false, PortRange.single(22), PortRange.single(80))));
        assertEquals("udp sport != { 22 } udp dport != { 22 } counter accept",
                match(ports(17, PortDirection.EITHER, true, true, PortRange.single(22))));
    }

    @Test
    void connectionStates() {
        Match.ConnState related = new Match.ConnState(Set.of(CtState.RELATED, CtState.ESTABLISHED), false, false);
        assertEquals(List.of(new Stmt.Match(new Expr.Ct("state", null), Op.IN,
                        new Expr.SetLit(List.of(new Expr.Str("established"), new Expr.Str("related"))))),
                ConnStateMatches.translate(related.states(), false).branches().getFirst());
        assertEquals("ct state { new, untracked } counter accept",
                match(new Match.ConnState(Set.of(CtState.UNTRACKED, CtState.NEW), true, false)));
        assertEquals("ct state != { invalid } counter accept",
                match(new Match.ConnState(Set.of(CtState.INVALID), true, true)));
    }

    @Test
    void natStatesAreStatusBits() {
        assertEquals("ct status & 48 != 0 counter accept",
                match(new Match.ConnState(Set.of(CtState.SNAT, CtState.DNAT), true, false)));
        assertEquals("ct status & 32 == 0 counter accept",
                match(new Match.ConnState(Set.of(CtState.DNAT), true, true)));
        assertEquals(List.of("ct state { new } counter accept",
                        "ct state != { new } ct status & 32 != 0 counter accept"),
                text(V4, ACCEPT, new Match.ConnState(Set.of(CtState.NEW, CtState.DNAT), true, false)));
        assertEquals("ct state != { new } ct status & 16 == 0 counter accept",
                match(new Match.ConnState(Set.of(CtState.NEW, CtState.SNAT), true, true)));
    }

    @Test
    void icmpTypesAndCodes() {
        assertEquals("icmp type 8 counter accept", match(new Match.IcmpType(false, 8, -1, false)));
        assertEquals("icmp type != 8 counter accept", match(new Match.IcmpType(false, 8, -1, true)));
        assertEquals("icmp type 3 icmp code 4 counter accept", match(new Match.IcmpType(false, 3, 4, false)));
        assertEquals(List.of("icmp type != 3 counter accept", "icmp type 3 icmp code != 4 counter accept"),
                text(V4, ACCEPT, new Match.IcmpType(false, 3, 4, true)));
        assertEquals("icmpv6 type 128 counter accept",
                one(V6, ACCEPT, new Match.Protocol(58, false), new Match.IcmpType(true, 128, -1, false)));
        assertEquals("counter accept", match(new Match.IcmpType(false, -1, -1, false)));
    }

    @Test
    void commentBecomesTheRuleComment() {
        assertEquals("counter accept comment \"allow ssh\"", match(new Match.Comment("allow ssh")));
    }

    @Test
    void longCommentsAreCutToWhatNftablesTakes() {
        String text = "ž".repeat(100);
        assertEquals("counter accept comment \"" + "ž".repeat(64) + "\"", match(new Match.Comment(text)));
    }

    @Test
    void limit() {
        assertEquals("limit rate 3/minute burst 7 packets counter accept",
                match(new Match.Limit(3, LimitUnit.MINUTE, 7)));
        assertEquals("limit rate 10/second burst 5 packets counter accept",
                match(new Match.Limit(10, LimitUnit.SECOND, 5)));
    }

    @Test
    void marks() {
        assertEquals("meta mark 1 counter accept", match(new Match.Mark(1, 0xffffffffL, false)));
        assertEquals("meta mark & 255 == 1 counter accept",
                match(new Match.Mark(1, 0xff, false)));
        assertEquals("meta mark & 255 != 1 counter accept", match(new Match.Mark(1, 0xff, true)));
    }

    @Test
    void tcpFlags() {
        assertEquals("tcp flags & 18 == 2 counter accept",
                match(new Match.TcpFlags(Set.of(TcpFlag.SYN, TcpFlag.ACK), Set.of(TcpFlag.SYN), false)));
        assertEquals("tcp flags & 23 != 2 counter accept", match(new Match.Protocol(6, false), new Match.TcpFlags(
                Set.of(TcpFlag.FIN, TcpFlag.SYN, TcpFlag.RST, TcpFlag.ACK), Set.of(TcpFlag.SYN), true)));
        assertEquals(0xffL, TcpFlagMatches.bits(Set.of(TcpFlag.values())));
    }

    @Test
    void everyMatchVariantIsCovered() {
        assertEquals(13, Match.class.getPermittedSubclasses().length);
    }
}
