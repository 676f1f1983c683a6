package org.portcullis.engine.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.ctState;
import static org.portcullis.engine.Ir.filter;
import static org.portcullis.engine.Ir.rule;
import static org.portcullis.engine.Ir.ruleset;
import static org.portcullis.engine.Ir.table;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Ir;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.ConnTrack;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.play.SimClock;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;

class HookPipelineTest {
    static final IpAddress A = IpAddress.parse("198.18.0.1");
    static final IpAddress B = IpAddress.parse("198.18.0.2");
    static final Packet P = Packet.tcp(A, 40000, B, 22, TcpFlags.SYN).withOif("enp3s0");

    final ConnTrack ct = new ConnTrack(new SimClock(Instant.EPOCH));

    ChainResult run(Ruleset rs, Hook hook, EvalContext ctx) {
        return new HookPipeline(rs, new LinearChainEvaluator(), ct).run(hook, ctx);
    }

    static List<String> chainsEntered(EvalContext ctx) {
        return ctx.steps().stream().filter(s -> s instanceof Step.ChainEntered).map(s -> ((Step.ChainEntered) s).chain()).toList();
    }

    @Test
    void acceptEndsOnlyItsBaseChainAndDropAnywhereIsFinal() {
        Ruleset rs = ruleset(
                table(Family.INET, "a", filter("late", Hook.OUTPUT, 10, ChainPolicy.ACCEPT, rule(Stmt.Verdict.DROP))),
                table(Family.IP, "b", filter("early", Hook.OUTPUT, -10, ChainPolicy.ACCEPT, rule(Stmt.Verdict.ACCEPT))));
        EvalContext ctx = new EvalContext(P, new Counters());
        ChainResult r = run(rs, Hook.OUTPUT, ctx);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertEquals(List.of("early", "late"), chainsEntered(ctx));
    }

    @Test
    void equalPrioritiesRunTheChainCreatedLastFirst() {
        Ruleset rs = ruleset(
                table(Family.INET, "a", filter("one", Hook.OUTPUT, 0, ChainPolicy.ACCEPT),
                        filter("two", Hook.OUTPUT, 0, ChainPolicy.ACCEPT)),
                table(Family.IP, "b", filter("three", Hook.OUTPUT, 0, ChainPolicy.ACCEPT)));
        EvalContext ctx = new EvalContext(P, new Counters());
        run(rs, Hook.OUTPUT, ctx);
        assertEquals(List.of("three", "two", "one"), chainsEntered(ctx));
    }

    @Test
    void familiesSelectTheirPackets() {
        Ruleset rs = ruleset(
                table(Family.IP, "v4", filter("v4", Hook.OUTPUT, 0, ChainPolicy.ACCEPT)),
                table(Family.IP6, "v6", filter("v6", Hook.OUTPUT, 0, ChainPolicy.ACCEPT)),
                table(Family.INET, "both", filter("both", Hook.OUTPUT, 0, ChainPolicy.ACCEPT)),
                table(Family.ARP, "arp", filter("arp", Hook.OUTPUT, 0, ChainPolicy.ACCEPT)));
        EvalContext v4 = new EvalContext(P, new Counters());
        run(rs, Hook.OUTPUT, v4);
        assertEquals(List.of("both", "v4"), chainsEntered(v4));
        Packet six = Packet.tcp(IpAddress.parse("2001:db8::1"), 1, IpAddress.parse("2001:db8::2"), 22, TcpFlags.SYN);
        EvalContext v6 = new EvalContext(six, new Counters());
        run(rs, Hook.OUTPUT, v6);
        assertEquals(List.of("both", "v6"), chainsEntered(v6));
    }

    @Test
    void rawChainsRunBeforeConntrackAndSeeNoState() {
        Ruleset rs = ruleset(table(Family.INET, "t",
                filter("raw", Hook.OUTPUT, -300, ChainPolicy.ACCEPT, rule(ctState("invalid"), Ir.counter())),
                filter("filter", Hook.OUTPUT, 0, ChainPolicy.ACCEPT, rule(ctState("new"), Ir.counter()))));
        EvalContext ctx = new EvalContext(P, new Counters());
        run(rs, Hook.OUTPUT, ctx);
        assertEquals(1, ctx.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.INET, "t", "raw", 0)));
        assertEquals(1, ctx.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.INET, "t", "filter", 0)));
        int lookup = ctx.steps().indexOf(new Step.CtLookup(org.portcullis.engine.conntrack.CtState.NEW, org.portcullis.engine.conntrack.CtDirection.ORIGINAL, true));
        int filter = ctx.steps().indexOf(new Step.ChainEntered(Family.INET, "t", "filter", Step.Entry.BASE));
        assertTrue(lookup > 0 && lookup < filter);
    }

    @Test
    void notrackMakesThePacketUntracked() {
        Ruleset rs = ruleset(table(Family.INET, "t",
                filter("raw", Hook.OUTPUT, -300, ChainPolicy.ACCEPT, rule(new Stmt.Notrack())),
                filter("filter", Hook.OUTPUT, 0, ChainPolicy.DROP, rule(ctState("untracked"), Stmt.Verdict.ACCEPT))));
        EvalContext ctx = new EvalContext(P, new Counters());
        assertEquals(Verdict.Kind.ACCEPT, run(rs, Hook.OUTPUT, ctx).kind());
        run(rs, Hook.POSTROUTING, ctx);
        assertTrue(ct.entries().isEmpty());
    }

    @Test
    void postroutingConfirmsOnlyAcceptedPackets() {
        Ruleset drop = ruleset(table(Family.INET, "t", filter("post", Hook.POSTROUTING, 0, ChainPolicy.DROP)));
        EvalContext ctx = new EvalContext(P, new Counters());
        run(drop, Hook.OUTPUT, ctx);
        run(drop, Hook.POSTROUTING, ctx);
        assertTrue(ct.entries().isEmpty());
        EvalContext again = new EvalContext(P, new Counters());
        run(Ruleset.EMPTY, Hook.OUTPUT, again);
        assertEquals(new Step.CtLookup(org.portcullis.engine.conntrack.CtState.NEW, org.portcullis.engine.conntrack.CtDirection.ORIGINAL, true), again.steps().get(1));
        run(Ruleset.EMPTY, Hook.POSTROUTING, again);
        assertEquals(1, ct.entries().size());
    }

    @Test
    void natChainsSeeOnlyTheFirstPacketOfAFlow() {
        Ruleset rs = ruleset(table(Family.IP, "nat",
                Ir.base("out", ChainType.NAT, Hook.OUTPUT, -100, ChainPolicy.ACCEPT,
                        rule(new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.9"), Ir.num(2222))))));
        EvalContext first = new EvalContext(P, new Counters());
        run(rs, Hook.OUTPUT, first);
        assertEquals(IpAddress.parse("198.18.0.9"), first.packet().dst());
        assertEquals(2222, first.packet().dport());
        assertTrue(first.steps().stream().anyMatch(s -> s instanceof Step.NatApplied));
        run(rs, Hook.POSTROUTING, first);
        EvalContext second = new EvalContext(P, new Counters());
        run(rs, Hook.OUTPUT, second);
        assertEquals(IpAddress.parse("198.18.0.9"), second.packet().dst());
        assertTrue(second.steps().stream().noneMatch(s -> s instanceof Step.NatApplied n && n.rule() != null));
        assertTrue(second.steps().stream().anyMatch(s -> s instanceof Step.NatApplied n && n.rule() == null));
        assertTrue(second.steps().stream().anyMatch(s -> s instanceof Step.Note n && n.text().contains("nat chain")));
    }

    /** The reply's source is translated back by the nat core on input (priority 100), as the kernel does. */
    @Test
    void repliesOfATranslatedFlowAreTranslatedBackOnInput() {
        Ruleset rs = ruleset(table(Family.IP, "nat",
                Ir.base("out", ChainType.NAT, Hook.OUTPUT, -100, ChainPolicy.ACCEPT,
                        rule(new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.9"), Ir.num(2222))))));
        EvalContext first = new EvalContext(P, new Counters());
        run(rs, Hook.OUTPUT, first);
        run(rs, Hook.POSTROUTING, first);
        Packet reply = Packet.tcp(IpAddress.parse("198.18.0.9"), 2222, A, 40000, TcpFlags.SYN | TcpFlags.ACK).withIif("enp3s0");
        EvalContext back = new EvalContext(reply, new Counters());
        run(rs, Hook.PREROUTING, back);
        assertEquals(IpAddress.parse("198.18.0.9"), back.packet().src());
        assertEquals(org.portcullis.engine.conntrack.CtState.ESTABLISHED, back.ct().state());
        run(rs, Hook.INPUT, back);
        assertEquals(B, back.packet().src());
        assertEquals(22, back.packet().sport());
    }

    /**
     * As seen on a kernel: a nat chain at priority -90 runs inside the nat core at -100, so a filter chain
     * at -95 already sees its translation; a nat chain after one that set the translation up is not run.
     */
    @Test
    void natChainsRunInsideTheNatCoreInTheirPriorityOrder() {
        Packet in = Packet.tcp(B, 40000, A, 8080, TcpFlags.SYN).withIif("enp3s0");
        Ruleset rs = ruleset(
                table(Family.IP, "a", Ir.base("natpre", ChainType.NAT, Hook.PREROUTING, -100, ChainPolicy.ACCEPT,
                        rule(Ir.tcpDport(9999), new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.1"), Ir.num(81))))),
                table(Family.IP, "b", Ir.base("natpre", ChainType.NAT, Hook.PREROUTING, -90, ChainPolicy.ACCEPT,
                        rule(Ir.tcpDport(8080), new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.1"), Ir.num(82))))),
                table(Family.IP, "c", filter("between", Hook.PREROUTING, -95, ChainPolicy.ACCEPT,
                        rule(Ir.tcpDport(8080), Ir.counter()), rule(Ir.tcpDport(82), Ir.counter()))));
        EvalContext ctx = new EvalContext(in, new Counters());
        run(rs, Hook.PREROUTING, ctx);
        assertEquals(List.of("natpre", "natpre", "between"), chainsEntered(ctx));
        assertEquals(0, ctx.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.IP, "c", "between", 0)));
        assertEquals(1, ctx.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.IP, "c", "between", 1)));

        Ruleset both = ruleset(
                table(Family.IP, "a", Ir.base("natpre", ChainType.NAT, Hook.PREROUTING, -100, ChainPolicy.ACCEPT,
                        rule(Ir.tcpDport(8080), Ir.counter(), new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.1"), Ir.num(81))))),
                table(Family.IP, "b", Ir.base("natpre", ChainType.NAT, Hook.PREROUTING, -90, ChainPolicy.ACCEPT,
                        rule(Ir.tcpDport(8080), Ir.counter(), new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix("198.18.0.1"), Ir.num(82))))));
        EvalContext first = new EvalContext(in, new Counters());
        run(both, Hook.PREROUTING, first);
        assertEquals(81, first.packet().dport());
        assertEquals(0, first.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.IP, "b", "natpre", 0)));
    }
}
