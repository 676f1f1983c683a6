package org.portcullis.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;

/** The fib expression against a host with two Ethernet interfaces, as nft_fib_ipv4/ipv6 answer it. */
class FibLookupTest {
    static final Host HOST = HostFile.parse("""
            forwarding no
            interface lo 127.0.0.1/8 ::1/128
            interface eth0 ether 52:54:00:00:00:01 198.18.0.1/24 2001:db8::1/64
            interface eth1 ether 52:54:00:00:00:02 198.18.1.1/24 2001:db8:1::1/64
            route default via 198.18.0.254 dev eth0
            route default via 2001:db8::fe dev eth0
            """);

    static Value fib(Packet p, Hook hook, String result, String... flags) {
        EvalContext ctx = new EvalContext(p, new Counters(), HOST);
        ctx.hook(hook);
        return FibLookup.of(new Expr.Fib(List.of(flags), result), ctx);
    }

    static Packet in(String src, String dst, String iif) {
        return Packet.tcp(IpAddress.parse(src), 40000, IpAddress.parse(dst), 22, TcpFlags.SYN).withIif(iif);
    }

    static String oif(Packet p, Hook hook, String... flags) {
        return assertInstanceOf(Value.Name.class, fib(p, hook, "oif", flags)).name();
    }

    static long type(Packet p, Hook hook, String... flags) {
        return assertInstanceOf(Value.Num.class, fib(p, hook, "type", flags)).value();
    }

    @Test
    void reversePathLookupFindsTheInterfaceTheSourceIsRoutedBy() {
        assertEquals("eth0", oif(in("2001:db8:7::9", "2001:db8::1", "eth0"), Hook.PREROUTING, "saddr", "mark", "iif"));
        assertEquals("", oif(in("2001:db8:1::9", "2001:db8::1", "eth0"), Hook.PREROUTING, "saddr", "mark", "iif"));
        assertEquals("eth1", oif(in("2001:db8:1::9", "2001:db8::1", "eth0"), Hook.PREROUTING, "saddr"));
        assertEquals("eth0", oif(in("198.18.7.7", "198.18.0.1", "eth0"), Hook.PREROUTING, "saddr", "iif"));
        assertEquals("", oif(in("198.18.7.7", "198.18.1.1", "eth1"), Hook.PREROUTING, "saddr", "iif"));
    }

    @Test
    void theHostsOwnAddressAsSourceHasNoReversePath() {
        assertEquals("", oif(in("2001:db8::1", "2001:db8::2", "eth0"), Hook.PREROUTING, "saddr", "iif"));
        assertEquals("", oif(in("198.18.1.1", "198.18.0.1", "eth0"), Hook.PREROUTING, "saddr", "iif"));
    }

    @Test
    void loopbackAndNeighbourDiscoveryPassAsTheirInputInterface() {
        assertEquals("lo", oif(in("2001:db8::1", "2001:db8::1", "lo"), Hook.PREROUTING, "saddr", "iif"));
        Packet dad = Packet.icmp(IpAddress.parse("::"), IpAddress.parse("fe80::1"), 135, 0, 0).withIif("eth1");
        assertEquals(IpProto.ICMPV6, dad.protocol());
        assertEquals("eth1", oif(dad, Hook.PREROUTING, "saddr", "iif"));
        assertEquals("", oif(dad, Hook.INPUT, "saddr", "iif"), "the exception holds in prerouting only");
    }

    @Test
    void linkLocalSourcesAreLookedUpOnTheirInterface() {
        assertEquals("eth1", oif(in("fe80::9", "2001:db8:1::1", "eth1"), Hook.PREROUTING, "saddr", "iif"));
    }

    @Test
    void addressTypesOfIpv4() {
        assertEquals(2, type(in("198.18.0.7", "198.18.1.1", "eth0"), Hook.PREROUTING, "daddr"), "local");
        assertEquals(1, type(in("198.18.0.7", "198.18.1.1", "eth0"), Hook.PREROUTING, "daddr", "iif"),
                "an address of another interface is not local to eth0");
        assertEquals(2, type(in("198.18.0.7", "198.18.0.1", "eth0"), Hook.PREROUTING, "daddr", "iif"));
        assertEquals(3, type(in("198.18.0.7", "198.18.0.255", "eth0"), Hook.PREROUTING, "daddr"), "broadcast");
        assertEquals(3, type(in("0.0.0.0", "255.255.255.255", "eth0"), Hook.PREROUTING, "saddr"));
        assertEquals(5, type(in("198.18.0.7", "224.0.0.251", "eth0"), Hook.PREROUTING, "daddr"), "multicast");
        assertEquals(1, type(in("198.18.0.7", "203.0.113.1", "eth0"), Hook.PREROUTING, "daddr"));
        assertEquals(2, type(in("198.18.0.7", "127.0.0.9", "lo"), Hook.PREROUTING, "daddr"));
    }

    @Test
    void addressTypesOfIpv6() {
        assertEquals(2, type(in("2001:db8::7", "2001:db8:1::1", "eth0"), Hook.PREROUTING, "daddr"));
        assertEquals(1, type(in("2001:db8::7", "2001:db8:1::1", "eth0"), Hook.PREROUTING, "daddr", "iif"));
        assertEquals(4, type(in("2001:db8::7", "2001:db8::", "eth0"), Hook.PREROUTING, "daddr"), "subnet-router anycast");
        assertEquals(5, type(in("2001:db8::7", "ff02::1", "eth0"), Hook.PREROUTING, "daddr"));
        assertEquals(1, type(in("2001:db8::7", "2001:db8:9::1", "eth0"), Hook.PREROUTING, "daddr"));
    }

    @Test
    void withoutAHostModelTheAnswerIsUnknown() {
        EvalContext ctx = new EvalContext(in("198.18.0.7", "198.18.0.1", "eth0"), new Counters());
        assertInstanceOf(Value.Unknown.class, FibLookup.of(new Expr.Fib(List.of("saddr", "iif"), "oif"), ctx));
        assertInstanceOf(Value.Unknown.class, fib(in("198.18.0.7", "198.18.0.1", "eth0"), Hook.PREROUTING, "oif", "saddr", "oif"));
    }
}
