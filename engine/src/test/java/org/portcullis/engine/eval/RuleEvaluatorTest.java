package org.portcullis.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.ct;
import static org.portcullis.engine.Ir.eq;
import static org.portcullis.engine.Ir.match;
import static org.portcullis.engine.Ir.meta;
import static org.portcullis.engine.Ir.num;
import static org.portcullis.engine.Ir.payload;
import static org.portcullis.engine.Ir.prefix;
import static org.portcullis.engine.Ir.rule;
import static org.portcullis.engine.Ir.set;
import static org.portcullis.engine.Ir.str;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

class RuleEvaluatorTest {
    static final IpAddress A = IpAddress.parse("198.18.0.1");
    static final IpAddress B = IpAddress.parse("198.18.0.2");
    static final RuleRef REF = new RuleRef(Family.INET, "t", "c", 0);
    static final Table TABLE = new Table(Family.INET, "t", List.of(
            new NamedSet("nets", "ipv4_addr", true, List.of(prefix("10.0.0.0/8"), new Expr.Range(str("198.18.0.1"), str("198.18.0.9")))),
            new NamedSet("ports", "inet_service", false, List.of(num(22), num(80)))), List.of());

    static final Packet TCP = Packet.tcp(A, 40000, B, 22, TcpFlags.SYN).withOif("enp3s0");
    static final Packet UDP = Packet.udp(A, 40000, B, 53).withOif("enp3s0");

    static RuleOutcome run(Packet p, Stmt... stmts) {
        return RuleEvaluator.evaluate(rule(stmts), REF, TABLE, new EvalContext(p, new Counters()));
    }

    static boolean matches(Packet p, Stmt.Match m) {
        RuleOutcome o = run(p, m);
        assertTrue(o instanceof RuleOutcome.Matched || o instanceof RuleOutcome.NoMatch, () -> "unexpected " + o);
        return o instanceof RuleOutcome.Matched;
    }

    @Test
    void portsOfAnotherProtocolNeverMatch() {
        assertTrue(matches(TCP, eq(payload("tcp", "dport"), num(22))));
        assertTrue(!matches(UDP, eq(payload("tcp", "dport"), num(53))));
        assertTrue(!matches(UDP, match(payload("tcp", "dport"), Op.NE, num(22))));
        assertTrue(matches(UDP, eq(payload("th", "dport"), num(53))));
        assertTrue(!matches(TCP, eq(payload("icmp", "type"), str("echo-request"))));
    }

    @Test
    void operatorsOnPorts() {
        assertTrue(matches(TCP, match(payload("tcp", "dport"), Op.NE, num(80))));
        assertTrue(matches(TCP, match(payload("tcp", "dport"), Op.LT, num(23))));
        assertTrue(!matches(TCP, match(payload("tcp", "dport"), Op.GT, num(22))));
        assertTrue(matches(TCP, match(payload("tcp", "dport"), Op.GE, num(22))));
        assertTrue(matches(TCP, match(payload("tcp", "sport"), Op.LE, num(40000))));
        assertTrue(matches(TCP, eq(payload("tcp", "dport"), new Expr.Range(num(20), num(25)))));
        assertTrue(!matches(TCP, match(payload("tcp", "dport"), Op.NE, new Expr.Range(num(20), num(25)))));
        assertTrue(matches(TCP, eq(payload("tcp", "dport"), set(num(80), num(22)))));
        assertTrue(!matches(TCP, eq(payload("tcp", "dport"), set(num(80), num(443)))));
    }

    @Test
    void addressesPrefixesAndNamedIntervalSets() {
        assertTrue(matches(TCP, eq(payload("ip", "saddr"), prefix("198.18.0.0/15"))));
        assertTrue(!matches(TCP, eq(payload("ip", "saddr"), prefix("10.0.0.0/8"))));
        assertTrue(!matches(TCP, eq(payload("ip6", "saddr"), prefix("::/0"))));
        assertTrue(matches(TCP, eq(payload("ip", "daddr"), new Expr.SetRef("nets"))));
        assertTrue(!matches(Packet.tcp(A, 1, IpAddress.parse("198.18.0.10"), 22, TcpFlags.SYN),
                eq(payload("ip", "daddr"), new Expr.SetRef("nets"))));
        assertTrue(matches(TCP, eq(payload("th", "dport"), new Expr.SetRef("ports"))));
        assertInstanceOf(RuleOutcome.Unknown.class, run(TCP, eq(payload("ip", "daddr"), new Expr.SetRef("missing"))));
    }

    @Test
    void interfaceNamesWithWildcards() {
        assertTrue(matches(TCP, eq(meta("oifname"), str("enp*"))));
        assertTrue(!matches(TCP, eq(meta("oifname"), str("eth*"))));
        assertTrue(matches(TCP, match(meta("iifname"), Op.NE, str("lo"))));
        assertTrue(matches(TCP, eq(meta("iifname"), str(""))));
    }

    @Test
    void metaProtocolsAndMarks() {
        assertTrue(matches(TCP, eq(meta("l4proto"), str("tcp"))));
        assertTrue(matches(UDP, eq(meta("l4proto"), num(17))));
        assertTrue(matches(TCP, eq(meta("nfproto"), str("ipv4"))));
        assertTrue(!matches(TCP, eq(meta("nfproto"), str("ipv6"))));
        assertTrue(matches(TCP, eq(meta("protocol"), str("ip"))));
        assertTrue(!matches(TCP, eq(meta("mark"), num(1))));
        assertInstanceOf(RuleOutcome.Matched.class,
                run(TCP, new Stmt.Mangle(meta("mark"), num(1)), eq(meta("mark"), num(1))));
    }

    @Test
    void tcpFlagsWithMask() {
        Expr masked = new Expr.And(payload("tcp", "flags"), set(str("fin"), str("syn"), str("rst"), str("ack")));
        assertTrue(matches(TCP, eq(masked, str("syn"))));
        Packet synAck = Packet.tcp(B, 22, A, 40000, TcpFlags.SYN | TcpFlags.ACK);
        assertTrue(!matches(synAck, eq(masked, str("syn"))));
        assertTrue(matches(synAck, match(payload("tcp", "flags"), Op.IN, str("ack"))));
    }

    @Test
    void ctStateBeforeConntrackIsInvalidAndSetsMatchOneState() {
        EvalContext ctx = new EvalContext(TCP, new Counters());
        Rule r = rule(match(ct("state"), Op.IN, str("invalid")));
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(r, REF, TABLE, ctx));
        ctx.ct(new CtResult(CtState.ESTABLISHED, CtDirection.REPLY, null, false, null));
        Rule est = rule(match(ct("state"), Op.IN, set(str("established"), str("related"))));
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(est, REF, TABLE, ctx));
        ctx.ct(new CtResult(CtState.NEW, CtDirection.ORIGINAL, null, false, null));
        assertInstanceOf(RuleOutcome.NoMatch.class, RuleEvaluator.evaluate(est, REF, TABLE, ctx));
        assertInstanceOf(RuleOutcome.NoMatch.class, RuleEvaluator.evaluate(rule(eq(ct("mark"), num(0))), REF, TABLE, ctx));
    }

    @Test
    void ctStatusDirectionAndMarkOfAnEntry() {
        org.portcullis.engine.conntrack.ConnTrack table = new org.portcullis.engine.conntrack.ConnTrack(
                new org.portcullis.engine.play.SimClock(java.time.Instant.EPOCH));
        CtResult syn = table.track(TCP);
        table.confirm(syn);
        CtResult reply = table.track(Packet.tcp(B, 22, A, 40000, TcpFlags.SYN | TcpFlags.ACK));
        EvalContext ctx = new EvalContext(TCP, new Counters());
        ctx.ct(reply);
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(rule(eq(ct("direction"), str("reply"))), REF, TABLE, ctx));
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(
                rule(match(ct("status"), Op.IN, str("seen-reply")), match(ct("status"), Op.IN, str("confirmed"))), REF, TABLE, ctx));
        assertInstanceOf(RuleOutcome.NoMatch.class, RuleEvaluator.evaluate(rule(match(ct("status"), Op.IN, str("assured"))), REF, TABLE, ctx));
        RuleEvaluator.evaluate(rule(new Stmt.Mangle(ct("mark"), num(7))), REF, TABLE, ctx);
        assertEquals(7, reply.entry().mark());
        assertInstanceOf(RuleOutcome.Matched.class, RuleEvaluator.evaluate(rule(eq(ct("mark"), num(7))), REF, TABLE, ctx));
    }

    @Test
    void unknownsNeverMatchSilently() {
        assertInstanceOf(RuleOutcome.Unknown.class, run(TCP, eq(meta("skuid"), num(0)), Stmt.Verdict.ACCEPT));
        assertInstanceOf(RuleOutcome.Unknown.class, run(TCP, eq(new Expr.Unknown("{\"osf\":{}}"), str("linux"))));
        assertInstanceOf(RuleOutcome.Unknown.class, run(TCP, new Stmt.Unsupported("{\"queue\":{}}")));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(UDP, eq(payload("tcp", "dport"), num(1)), eq(meta("skuid"), num(0))));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(UDP, eq(meta("skuid"), num(0)), eq(payload("tcp", "dport"), num(1))));
        Counters counters = new Counters();
        RuleOutcome o = RuleEvaluator.evaluate(rule(eq(meta("skuid"), num(0)), new Stmt.Counter(0, 0), Stmt.Verdict.DROP),
                REF, TABLE, new EvalContext(UDP, counters));
        assertInstanceOf(RuleOutcome.Unknown.class, o);
        assertEquals(0, counters.packets(REF));
    }

    @Test
    void countersLogsAndLimits() {
        Counters counters = new Counters();
        EvalContext ctx = new EvalContext(TCP, counters);
        Rule r = rule(new Stmt.Counter(0, 0), new Stmt.Log("seen: ", null, null), eq(payload("tcp", "dport"), num(80)),
                new Stmt.Counter(0, 0));
        assertInstanceOf(RuleOutcome.NoMatch.class, RuleEvaluator.evaluate(r, REF, TABLE, ctx));
        RuleEvaluator.evaluate(r, REF, TABLE, ctx);
        assertEquals(2, counters.packets(REF));
        assertEquals(2L * TCP.length(), counters.bytes(REF));
        assertTrue(ctx.steps().stream().anyMatch(s -> s instanceof Step.Note n && n.text().contains("seen: ")));
        assertInstanceOf(RuleOutcome.Verdict.class, run(TCP, new Stmt.Limit(1, "second", 5, false), Stmt.Verdict.DROP));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(TCP, new Stmt.Limit(1, "second", 5, true), Stmt.Verdict.DROP));
    }

    @Test
    void rejectKinds() {
        assertEquals(new RuleOutcome.Reject(org.portcullis.engine.trace.RejectKind.TCP_RESET),
                run(TCP, new Stmt.Reject("tcp reset", null)));
        assertEquals(new RuleOutcome.Reject(org.portcullis.engine.trace.RejectKind.ADMIN_PROHIBITED),
                run(TCP, new Stmt.Reject("icmpx", "admin-prohibited")));
        assertEquals(new RuleOutcome.Reject(org.portcullis.engine.trace.RejectKind.PORT_UNREACHABLE),
                run(TCP, new Stmt.Reject(null, null)));
    }

    @Test
    void rejectsCarryTheGuardNftPutsBeforeThem() {
        Counters counters = new Counters();
        RuleOutcome udp = RuleEvaluator.evaluate(rule(new Stmt.Counter(0, 0), new Stmt.Reject("tcp reset", null)), REF, TABLE,
                new EvalContext(UDP, counters));
        assertInstanceOf(RuleOutcome.NoMatch.class, udp);
        assertEquals(0, counters.packets(REF), "the guard comes before the counter");
        assertInstanceOf(RuleOutcome.Reject.class, run(TCP, new Stmt.Reject("tcp reset", null)));
        Packet v6 = Packet.tcp(IpAddress.parse("2001:db8::1"), 1, IpAddress.parse("2001:db8::2"), 22, TcpFlags.SYN);
        assertInstanceOf(RuleOutcome.NoMatch.class, run(v6, new Stmt.Reject("icmp", "port-unreachable")));
        assertInstanceOf(RuleOutcome.NoMatch.class, run(TCP, new Stmt.Reject("icmpv6", "addr-unreachable")));
        assertInstanceOf(RuleOutcome.Reject.class, run(v6, new Stmt.Reject("icmpv6", "addr-unreachable")));
        assertInstanceOf(RuleOutcome.Reject.class, run(v6, new Stmt.Reject("icmpx", "admin-prohibited")));
    }
}
