package org.portcullis.engine.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Hosts;
import org.portcullis.engine.Ir;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.hook.BaseChain;
import org.portcullis.engine.hook.ChainResult;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.engine.hook.RuleScan;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

class PortIndexScanTest {
    private static final int[] PORTS = {22, 53, 80, 443};

    @Test
    void skipsRulesGuardedByOtherPorts() {
        Chain c = Ir.filter("c", Hook.OUTPUT, 0, ChainPolicy.ACCEPT,
                Ir.rule(Ir.tcpDport(80), Stmt.Verdict.DROP),
                Ir.rule(Ir.counter(), Ir.tcpDport(80), Stmt.Verdict.DROP),
                Ir.rule(Ir.eq(Ir.payload("th", "dport"), Ir.set(Ir.num(22), Ir.num(80))), Stmt.Verdict.ACCEPT));
        Ruleset rs = Ir.ruleset(Ir.table(Family.INET, "t", c));
        PortIndexScan scan = new PortIndexScan(rs);
        Packet ssh = Packet.tcp(Hosts.SELF, 1, Hosts.PEER, 22, TcpFlags.SYN);
        assertEquals(1, scan.next(c, 0, ssh));
        assertEquals(2, scan.next(c, 2, ssh));
        Packet ping = Packet.icmp(Hosts.SELF, Hosts.PEER, 8, 0, 1);
        assertEquals(1, scan.next(c, 0, ping));
        assertEquals(3, scan.next(c, 2, ping));
    }

    private static Stmt randomMatch(Random r) {
        int port = PORTS[r.nextInt(PORTS.length)];
        return switch (r.nextInt(5)) {
            case 0 -> Ir.tcpDport(port);
            case 1 -> Ir.eq(Ir.payload("udp", "dport"), Ir.num(port));
            case 2 -> Ir.eq(Ir.payload("th", "dport"), Ir.set(Ir.num(port), Ir.num(PORTS[r.nextInt(PORTS.length)])));
            case 3 -> Ir.eq(Ir.meta("l4proto"), Ir.str(r.nextBoolean() ? "tcp" : "icmp"));
            default -> Ir.eq(Ir.meta("skuid"), Ir.num(0));
        };
    }

    private static Rule randomRule(Random r, int chains, int self) {
        List<Stmt> stmts = new ArrayList<>();
        for (int i = r.nextInt(3); i >= 0; i--) {
            stmts.add(r.nextInt(5) == 0 ? Ir.counter() : randomMatch(r));
        }
        int v = r.nextInt(6);
        if (v == 0 && self + 1 < chains) {
            stmts.add(r.nextBoolean() ? Stmt.Verdict.jump("r" + (self + 1)) : Stmt.Verdict.goTo("r" + (self + 1)));
        } else if (v == 1) {
            stmts.add(Stmt.Verdict.RETURN);
        } else if (v == 2) {
            stmts.add(Stmt.Verdict.ACCEPT);
        } else if (v == 3) {
            stmts.add(Stmt.Verdict.DROP);
        } else if (v == 4) {
            stmts.add(Ir.counter());
        }
        return new Rule(stmts);
    }

    private static Table randomTable(long seed) {
        Random r = new Random(seed);
        int chains = 1 + r.nextInt(4);
        List<Chain> out = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            List<Rule> rules = new ArrayList<>();
            for (int i = r.nextInt(8); i > 0; i--) {
                rules.add(randomRule(r, chains, c));
            }
            out.add(c == 0 ? Ir.filter("r0", Hook.OUTPUT, 0, ChainPolicy.DROP, rules.toArray(Rule[]::new))
                    : Ir.regular("r" + c, rules.toArray(Rule[]::new)));
        }
        return new Table(Family.INET, "t", List.of(), out);
    }

    private static Packet randomPacket(Random r) {
        int port = PORTS[r.nextInt(PORTS.length)];
        return switch (r.nextInt(3)) {
            case 0 -> Packet.tcp(Hosts.SELF, 40000, Hosts.PEER, port, TcpFlags.SYN);
            case 1 -> Packet.udp(Hosts.SELF, 40000, Hosts.PEER, port);
            default -> Packet.icmp(Hosts.SELF, Hosts.PEER, 8, 0, 1);
        };
    }

    @Property(tries = 500)
    void indexedScanGivesTheLinearDecisionTraceAndCounters(@ForAll long seed) {
        Table t = randomTable(seed);
        Ruleset rs = new Ruleset(List.of(t));
        BaseChain base = new BaseChain(t, t.chains().get(0));
        Packet p = randomPacket(new Random(~seed));
        EvalContext linear = new EvalContext(p, new Counters());
        EvalContext indexed = new EvalContext(p, new Counters());
        ChainResult a = new LinearChainEvaluator(RuleScan.LINEAR).evaluate(base, linear);
        ChainResult b = new LinearChainEvaluator(new PortIndexScan(rs)).evaluate(base, indexed);
        assertEquals(a, b);
        assertEquals(linear.steps(), indexed.steps());
        assertEquals(linear.uncertain(), indexed.uncertain());
        assertEquals(linear.counters().hit(), indexed.counters().hit());
        for (var ref : linear.counters().hit()) {
            assertEquals(linear.counters().packets(ref), indexed.counters().packets(ref));
        }
    }

}
