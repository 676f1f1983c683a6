package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

class SimBackendTest {

    @Test
    void keepsTheLastAppliedRuleset() throws BackendException {
        SimBackend sim = new SimBackend();
        assertEquals(Ruleset.EMPTY, sim.current());
        sim.apply(Rulesets.a());
        assertEquals(Rulesets.a(), sim.current());
        sim.apply(Rulesets.b());
        assertEquals(Rulesets.b(), sim.current());
        sim.removeAll();
        assertEquals(Ruleset.EMPTY, sim.current());
    }

    @Test
    void refusesAJumpToAMissingChainAndKeepsThePreviousRuleset() throws BackendException {
        SimBackend sim = new SimBackend();
        sim.apply(Rulesets.a());
        assertThrows(BackendException.class, () -> sim.apply(Rulesets.broken()));
        assertEquals(Rulesets.a(), sim.current());
    }

    @Test
    void refusesForeignTablesAndUnmodelledStatements() throws BackendException {
        SimBackend sim = new SimBackend();
        sim.apply(Rulesets.b());
        assertThrows(BackendException.class, () -> sim.apply(new Ruleset(List.of(
                new Table(Family.IP, "filter", List.of(), List.of())))));
        assertThrows(BackendException.class, () -> sim.apply(new Ruleset(List.of(
                new Table(Family.IP, "portcullis", List.of(), List.of(new Chain("c", null, List.of(
                        new Rule(List.of(new Stmt.Unsupported("{\"queue\":null}")))))))))));
        assertEquals(Rulesets.b(), sim.current());
    }

    @Test
    void refusesATcpResetInARuleForAnotherProtocolAsNftDoes() throws BackendException {
        SimBackend sim = new SimBackend();
        Stmt reset = new Stmt.Reject("tcp reset", null);
        Stmt.Match icmpv6 = new Stmt.Match(new Expr.Meta("l4proto"), Op.EQ, new Expr.Str("ipv6-icmp"));
        Stmt.Match udp = new Stmt.Match(new Expr.Payload("udp", "dport"), Op.EQ, new Expr.Num(53));
        Stmt.Match tcp = new Stmt.Match(new Expr.Meta("l4proto"), Op.EQ, new Expr.Str("tcp"));
        Stmt.Match tcpOrUdp = new Stmt.Match(new Expr.Meta("l4proto"), Op.EQ,
                new Expr.SetLit(List.of(new Expr.Str("tcp"), new Expr.Str("udp"))));
        for (Stmt.Match m : List.of(icmpv6, udp, tcpOrUdp)) {
            assertThrows(BackendException.class, () -> sim.apply(chainOf(new Rule(List.of(m, reset)))));
        }
        sim.apply(chainOf(new Rule(List.of(tcp, reset))));
        sim.apply(chainOf(new Rule(List.of(new Stmt.Match(new Expr.Payload("tcp", "dport"), Op.EQ, new Expr.Num(22)), reset))));
    }

    private static Ruleset chainOf(Rule rule) {
        return new Ruleset(List.of(new Table(Family.INET, "portcullis", List.of(), List.of(new Chain("c", null, List.of(rule))))));
    }
}
