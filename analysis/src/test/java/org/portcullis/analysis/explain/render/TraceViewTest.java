package org.portcullis.analysis.explain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.compile.SourceMap;
import org.portcullis.engine.Packet;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

class TraceViewTest {
    private static final Ruleset RULESET = new Ruleset(List.of(new Table(Family.IP, "t", List.of(), List.of(
            new Chain("out", new BaseHook(ChainType.FILTER, Hook.OUTPUT, 0, ChainPolicy.ACCEPT), List.of(
                    rule(dport(22), Stmt.Verdict.DROP),
                    rule(Stmt.Verdict.jump("sub")),
                    rule(dport(23), Stmt.Verdict.DROP),
                    rule(new Stmt.Counter(0, 0)))),
            new Chain("sub", null, List.of(
                    rule(dport(80), Stmt.Verdict.RETURN),
                    rule(dport(81), Stmt.Verdict.DROP),
                    rule(dport(82), Stmt.Verdict.CONTINUE)))))));

    private static Rule rule(Stmt... stmts) {
        return new Rule(List.of(stmts));
    }

    private static Stmt dport(int port) {
        return new Stmt.Match(new Expr.Payload("tcp", "dport"), Op.EQ, new Expr.Num(port));
    }

    /** The view as compact words: {@code -chain#index} for a rule passed, {@code +chain#index} for one matched. */
    private static List<String> view(int dport) {
        Simulator sim = new Simulator(RULESET, HostFile.parse("interface enp3s0 198.18.0.1/24\n"), 1);
        Packet p = Packet.tcp(IpAddress.parse("198.18.0.1"), 40000, IpAddress.parse("198.18.0.2"), dport, TcpFlags.SYN);
        Trace t = sim.send(p).trace();
        List<String> out = new ArrayList<>();
        for (TraceView.Item item : TraceView.of(t, new RuleNamer(RULESET, new SourceMap(Map.of())))) {
            switch (item) {
                case TraceView.Item.Passed x -> out.add((x.continued() ? "~" : "-") + x.rule().chain() + "#" + x.rule().index());
                case TraceView.Item.Met m -> {
                    if (m.step() instanceof Step.RuleMatched r) {
                        out.add("+" + r.rule().chain() + "#" + r.rule().index());
                    } else if (m.step() instanceof Step.PolicyApplied) {
                        out.add("policy");
                    } else if (m.step() instanceof Step.ChainReturned r) {
                        out.add("back " + r.chain());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void rulesBeforeAMatchAndAfterAChainsEndArePassed() {
        assertEquals(List.of("-out#0", "+out#1", "-sub#0", "-sub#1", "~sub#2", "back sub", "-out#2", "+out#3", "policy"), view(99));
    }

    @Test
    void aReturnEndsTheChainWithoutPassingTheRest() {
        assertEquals(List.of("-out#0", "+out#1", "+sub#0", "back sub", "-out#2", "+out#3", "policy"), view(80));
    }

    @Test
    void aDropEndsEverything() {
        assertEquals(List.of("-out#0", "+out#1", "-sub#0", "+sub#1"), view(81));
        assertEquals(List.of("+out#0"), view(22));
    }
}
