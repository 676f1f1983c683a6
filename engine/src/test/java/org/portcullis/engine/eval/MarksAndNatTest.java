package org.portcullis.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.ct;
import static org.portcullis.engine.Ir.eq;
import static org.portcullis.engine.Ir.meta;
import static org.portcullis.engine.Ir.num;
import static org.portcullis.engine.Ir.prefix;
import static org.portcullis.engine.Ir.rule;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.Manip;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Mark arithmetic in statements and matches, and where nat statements translate to. */
class MarksAndNatTest {
    static final Host HOST = HostFile.parse("""
            interface lo 127.0.0.1/8 ::1/128
            interface eth0 198.18.0.1/24 198.18.2.1/24 2001:db8::1/64
            interface eth1 198.18.1.1/24
            interface empty
            route default via 198.18.2.254 dev eth0
            """);
    static final Table TABLE = new Table(Family.INET, "t", List.of(), List.of());
    static final RuleRef REF = new RuleRef(Family.INET, "t", "c", 0);
    static final Packet P = Packet.tcp(IpAddress.parse("198.18.1.7"), 40000, IpAddress.parse("203.0.113.5"), 443, TcpFlags.SYN);

    static EvalContext ctx(Packet p, Hook hook) {
        EvalContext ctx = new EvalContext(p, new Counters(), HOST);
        ctx.hook(hook);
        return ctx;
    }

    static long markAfter(long before, Expr value) {
        EvalContext c = ctx(P.withMark(before), Hook.PREROUTING);
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(rule(new Stmt.Mangle(meta("mark"), value)), REF, TABLE, c));
        return c.packet().mark();
    }

    @Test
    void markArithmetic() {
        Expr firewalldMark = new Expr.Xor(new Expr.And(meta("mark"), num(0xff)), num(0x10));
        assertEquals(0x24, markAfter(0x1234, firewalldMark));
        assertEquals(0, markAfter(0x10, firewalldMark));
        assertEquals(0xff14, markAfter(0xff00, new Expr.Or(meta("mark"), num(0x14))));
        assertEquals(0xffffffffL, markAfter(0, new Expr.Xor(meta("mark"), num(0xffffffffL))));
        assertEquals(0x1200, markAfter(0x1234, new Expr.And(meta("mark"), num(0xff00))));
    }

    @Test
    void marksInMatches() {
        EvalContext c = ctx(P.withMark(0x1234), Hook.PREROUTING);
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(rule(eq(new Expr.And(meta("mark"), num(0xff)), num(0x34))), REF, TABLE, c));
        assertInstanceOf(RuleOutcome.NoMatch.class, RuleEvaluator.evaluate(rule(eq(new Expr.Xor(meta("mark"), num(0x1234)), num(1))), REF, TABLE, c));
    }

    @Test
    void aFlowsMarkNeedsTheFlow() {
        EvalContext c = ctx(P.withMark(7), Hook.PREROUTING);
        assertInstanceOf(RuleOutcome.NoMatch.class, RuleEvaluator.evaluate(rule(new Stmt.Mangle(meta("mark"), ct("mark")),
                new Stmt.Verdict(Stmt.VerdictKind.ACCEPT, null)), REF, TABLE, c));
        assertEquals(7, c.packet().mark());
    }

    static NatTarget target(Stmt.Nat n, Packet p, Hook hook) {
        return Nats.target(n, ctx(p, hook));
    }

    @Test
    void masqueradeTakesTheAddressOfTheOutgoingInterfaceInTheNextHopsNetwork() {
        NatTarget t = target(new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null), P.withOif("eth0"), Hook.POSTROUTING);
        assertEquals(Manip.SRC, t.manip());
        assertEquals(IpAddress.parse("198.18.2.1"), t.address());
        assertEquals(-1, t.port());
        NatTarget onLink = target(new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null),
                Packet.tcp(IpAddress.parse("198.18.1.7"), 1, IpAddress.parse("198.18.0.9"), 2, TcpFlags.SYN).withOif("eth0"), Hook.POSTROUTING);
        assertEquals(IpAddress.parse("198.18.0.1"), onLink.address());
        NatTarget none = target(new Stmt.Nat(Stmt.NatKind.MASQUERADE, "ip6", null, null),
                Packet.tcp(IpAddress.parse("2001:db8::7"), 1, IpAddress.parse("2001:db8:5::9"), 2, TcpFlags.SYN).withOif("empty"), Hook.POSTROUTING);
        assertTrue(none.dropped().startsWith("masquerade: empty has no IPv6 address"), none::toString);
    }

    @Test
    void redirectGoesToTheInputInterfaceOrTheLoopback() {
        Stmt.Nat redirect = new Stmt.Nat(Stmt.NatKind.REDIRECT, null, null, num(80));
        NatTarget in = target(redirect, P.withIif("eth1"), Hook.PREROUTING);
        assertEquals(IpAddress.parse("198.18.1.1"), in.address());
        assertEquals(80, in.port());
        assertEquals(IpAddress.parse("127.0.0.1"), target(redirect, P, Hook.OUTPUT).address());
        NatTarget nowhere = target(redirect, P.withIif("empty"), Hook.PREROUTING);
        assertTrue(nowhere.dropped().startsWith("redirect: empty has no IPv4 address"));
    }

    @Test
    void aRangeIsNotedAndTheLowestShown() {
        NatTarget t = target(new Stmt.Nat(Stmt.NatKind.SNAT, null, new Expr.Range(prefix("198.18.2.10"), prefix("198.18.2.20")),
                new Expr.Range(num(1024), num(2048))), P, Hook.POSTROUTING);
        assertEquals(IpAddress.parse("198.18.2.10"), t.address());
        assertEquals(1024, t.port());
        assertTrue(t.notes().contains("198.18.2.10-198.18.2.20"));
    }

    @Test
    void aStatementForTheOtherFamilyDoesNothing() {
        Packet v6 = Packet.tcp(IpAddress.parse("2001:db8::7"), 1, IpAddress.parse("2001:db8::1"), 2222, TcpFlags.SYN);
        RuleOutcome o = RuleEvaluator.evaluate(rule(new Stmt.Nat(Stmt.NatKind.DNAT, "ip", prefix("198.18.0.9"), num(22))),
                REF, TABLE, ctx(v6, Hook.PREROUTING));
        assertInstanceOf(RuleOutcome.Matched.class, o);
        assertNull(Nats.target(new Stmt.Nat(Stmt.NatKind.DNAT, null, new Expr.Unknown("map"), null), ctx(P, Hook.PREROUTING)));
    }
}
