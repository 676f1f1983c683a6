package org.portcullis.engine.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.engine.Ir.filter;
import static org.portcullis.engine.Ir.regular;
import static org.portcullis.engine.Ir.rule;
import static org.portcullis.engine.Ir.table;
import static org.portcullis.engine.Ir.tcpDport;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Ir;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

class ChainWalkTest {
    static final Packet P = Packet.tcp(IpAddress.parse("198.18.0.1"), 40000, IpAddress.parse("198.18.0.2"), 22, TcpFlags.SYN);

    static ChainResult walk(Table t, EvalContext ctx) {
        return new LinearChainEvaluator().evaluate(new BaseChain(t, t.chains().get(0)), ctx);
    }

    static ChainResult walk(Table t) {
        return walk(t, new EvalContext(P, new Counters()));
    }

    @Test
    void jumpReturnsToTheRuleAfterTheJump() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(Stmt.Verdict.jump("sub")), rule(tcpDport(22), Stmt.Verdict.DROP)),
                regular("sub", rule(tcpDport(80), Stmt.Verdict.ACCEPT)));
        ChainResult r = walk(t);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertEquals(1, ((Step.RuleMatched) r.decidedBy()).rule().index());
        assertEquals("out", ((Step.RuleMatched) r.decidedBy()).rule().chain());
    }

    @Test
    void acceptInAJumpedChainEndsTheBaseChain() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.DROP,
                        rule(Stmt.Verdict.jump("sub")), rule(Stmt.Verdict.DROP)),
                regular("sub", rule(tcpDport(22), Stmt.Verdict.ACCEPT)));
        ChainResult r = walk(t);
        assertEquals(Verdict.Kind.ACCEPT, r.kind());
        assertEquals("sub", ((Step.RuleMatched) r.decidedBy()).rule().chain());
    }

    @Test
    void gotoDoesNotComeBackAndReturnGoesToTheJumper() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(Stmt.Verdict.jump("a")), rule(Stmt.Verdict.DROP)),
                regular("a", rule(Stmt.Verdict.goTo("b")), rule(Stmt.Verdict.ACCEPT)),
                regular("b", rule(Stmt.Verdict.RETURN)));
        ChainResult r = walk(t);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertEquals("out", ((Step.RuleMatched) r.decidedBy()).rule().chain());
    }

    @Test
    void gotoFromTheBaseChainEndsInThePolicy() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.DROP, rule(Stmt.Verdict.goTo("a")), rule(Stmt.Verdict.ACCEPT)),
                regular("a", rule(tcpDport(80), Stmt.Verdict.ACCEPT)));
        ChainResult r = walk(t);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertTrue(r.decidedBy() instanceof Step.PolicyApplied);
    }

    @Test
    void returnInTheBaseChainAppliesThePolicy() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.DROP, rule(Stmt.Verdict.RETURN), rule(Stmt.Verdict.ACCEPT)));
        ChainResult r = walk(t);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertEquals(new Step.PolicyApplied(Family.INET, "t", "out", ChainPolicy.DROP), r.decidedBy());
    }

    @Test
    void continueAndCounterOnlyRulesFallThrough() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(Ir.counter(), Stmt.Verdict.CONTINUE), rule(Ir.counter()), rule(Stmt.Verdict.DROP)));
        EvalContext ctx = new EvalContext(P, new Counters());
        ChainResult r = walk(t, ctx);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertEquals(2, ctx.steps().stream().filter(s -> s instanceof Step.RuleMatched m && m.action() == RuleAction.NONE).count());
        assertEquals(1, ctx.counters().packets(new org.portcullis.engine.trace.RuleRef(Family.INET, "t", "out", 1)));
    }

    @Test
    void unknownRuleIsSkippedAndMarksTheVerdictUncertain() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                        rule(new Stmt.Unsupported("{\"queue\":{}}")), rule(Stmt.Verdict.DROP)));
        EvalContext ctx = new EvalContext(P, new Counters());
        ChainResult r = walk(t, ctx);
        assertEquals(Verdict.Kind.DROP, r.kind());
        assertTrue(ctx.uncertain());
        assertTrue(ctx.steps().stream().anyMatch(s -> s instanceof Step.RuleUnknown u && u.rule().index() == 0));
    }

    @Test
    void jumpToAMissingChainIsUnknown() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT, rule(Stmt.Verdict.jump("nowhere"))));
        EvalContext ctx = new EvalContext(P, new Counters());
        assertEquals(Verdict.Kind.ACCEPT, walk(t, ctx).kind());
        assertTrue(ctx.uncertain());
    }

    @Test
    void endlessJumpsStopAtTheStackLimit() {
        Table t = table(Family.INET, "t",
                filter("out", Hook.OUTPUT, 0, ChainPolicy.ACCEPT, rule(Stmt.Verdict.jump("loop"))),
                regular("loop", rule(Stmt.Verdict.jump("loop"))));
        EvalContext ctx = new EvalContext(P, new Counters());
        walk(t, ctx);
        assertTrue(ctx.uncertain());
        assertEquals(List.of("jump stack too deep"), ctx.steps().stream()
                .filter(s -> s instanceof Step.RuleUnknown).map(s -> ((Step.RuleUnknown) s).reason()).toList());
    }
}
