package org.portcullis.engine.eval;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.eq;
import static org.portcullis.engine.Ir.payload;
import static org.portcullis.engine.Ir.rule;
import static org.portcullis.engine.Ir.str;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Ir;
import org.portcullis.engine.MacAddress;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** {@code ether saddr/daddr}: only on the input path of an Ethernet interface, unknown without the sender's MAC. */
class LinkLayerTest {
    static final Host HOST = HostFile.parse("""
            interface lo 127.0.0.1/8
            interface eth0 ether 52:54:00:00:00:01 198.18.0.1/24 2001:db8::1/64
            interface wg0 none 198.18.9.1/24
            interface tun7 198.18.7.1/24
            """);
    static final MacAddress SENDER = MacAddress.parse("00:11:22:33:44:55");
    static final Table TABLE = new Table(Family.INET, "t", List.of(new NamedSet("macs", "ether_addr", false,
            List.of(str("00:11:22:33:44:55"), str("00:11:22:33:44:66")))), List.of());
    static final RuleRef REF = new RuleRef(Family.INET, "t", "c", 0);

    static RuleOutcome run(Packet p, Stmt.Match m) {
        return RuleEvaluator.evaluate(rule(m), REF, TABLE, new EvalContext(p, new Counters(), HOST));
    }

    static Packet from(String dst, String iif, MacAddress mac) {
        return Packet.tcp(IpAddress.parse("198.18.0.2"), 40000, IpAddress.parse(dst), 22, TcpFlags.SYN).withIif(iif).withSrcMac(mac);
    }

    static Stmt.Match saddr(String mac) {
        return eq(payload("ether", "saddr"), str(mac));
    }

    static Stmt.Match pkttype(String type) {
        return eq(Ir.meta("pkttype"), str(type));
    }

    @Test
    void thePacketTypeIsWhatTheFrameWasSentTo() {
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "eth0", null), pkttype("host")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "eth0", null), pkttype("unicast")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.5.5", "eth0", null), pkttype("host")), "forwarded");
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.255", "eth0", null), pkttype("broadcast")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("255.255.255.255", "eth0", null), pkttype("broadcast")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("224.0.0.251", "eth0", null), pkttype("multicast")));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(from("224.0.0.251", "eth0", null), pkttype("host")));
        Packet v6 = Packet.udp(IpAddress.parse("2001:db8::2"), 5353, IpAddress.parse("ff02::fb"), 5353).withIif("eth0");
        assertInstanceOf(RuleOutcome.Matched.class, run(v6, pkttype("multicast")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "lo", null), pkttype("host")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.255", null, null), pkttype("host")),
                "the host's own packets on their way out");
    }

    @Test
    void theSendersMacDecides() {
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "eth0", SENDER), saddr("00:11:22:33:44:55")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "eth0", SENDER), saddr("00:11:22:33:44:55".toUpperCase())));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(from("198.18.0.1", "eth0", SENDER), saddr("00:11:22:33:44:66")));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "eth0", SENDER),
                new Stmt.Match(payload("ether", "saddr"), Op.EQ, new Expr.SetRef("macs"))));
        RuleOutcome unknown = run(from("198.18.0.1", "eth0", null), saddr("00:11:22:33:44:55"));
        assertTrue(assertInstanceOf(RuleOutcome.Unknown.class, unknown).reason().contains("source MAC address"));
    }

    @Test
    void onlyFramesArrivingOnEthernetCarryAHeader() {
        assertInstanceOf(RuleOutcome.NoMatch.class, run(from("198.18.0.1", null, SENDER), saddr("00:11:22:33:44:55")));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(from("198.18.0.1", "lo", SENDER), saddr("00:11:22:33:44:55")));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(from("198.18.9.1", "wg0", SENDER), saddr("00:11:22:33:44:55")));
        assertInstanceOf(RuleOutcome.Unknown.class, run(from("198.18.7.1", "tun7", SENDER), saddr("00:11:22:33:44:55")));
    }

    @Test
    void theFrameWentToTheInterfaceOrToAGroup() {
        Stmt.Match own = eq(payload("ether", "daddr"), str("52:54:00:00:00:01"));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.1", "eth0", null), own));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.5.5", "eth0", null), own), "a forwarded packet keeps its frame");
        assertInstanceOf(RuleOutcome.Matched.class, run(from("198.18.0.255", "eth0", null),
                eq(payload("ether", "daddr"), str("ff:ff:ff:ff:ff:ff"))));
        assertInstanceOf(RuleOutcome.Matched.class, run(from("224.0.0.251", "eth0", null),
                eq(payload("ether", "daddr"), str("01:00:5e:00:00:fb"))));
        Packet v6 = Packet.udp(IpAddress.parse("2001:db8::2"), 5353, IpAddress.parse("ff02::fb"), 5353).withIif("eth0");
        assertInstanceOf(RuleOutcome.Matched.class, run(v6, eq(payload("ether", "daddr"), str("33:33:00:00:00:fb"))));
    }
}
