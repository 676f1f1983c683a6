package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
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

    @Test
    void refusesStatementsOnHooksTheKernelRefusesThemOnThroughEveryJump() throws BackendException {
        SimBackend sim = new SimBackend();
        Stmt mss = new Stmt.Mangle(new Expr.TcpOption("maxseg", "size"), new Expr.Rt("mtu"));
        Stmt masquerade = new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null);
        assertThrows(BackendException.class, () -> sim.apply(reachedFrom(ChainType.FILTER, Hook.INPUT, mss)));
        sim.apply(reachedFrom(ChainType.FILTER, Hook.FORWARD, mss));
        assertThrows(BackendException.class, () -> sim.apply(reachedFrom(ChainType.NAT, Hook.OUTPUT, masquerade)));
        sim.apply(reachedFrom(ChainType.NAT, Hook.POSTROUTING, masquerade));
        assertThrows(BackendException.class, () -> sim.apply(reachedFrom(ChainType.FILTER, Hook.POSTROUTING, masquerade)));
        assertThrows(BackendException.class, () -> sim.apply(reachedFrom(ChainType.FILTER, Hook.POSTROUTING,
                new Stmt.Reject(null, null))));
        sim.apply(reachedFrom(ChainType.FILTER, Hook.PREROUTING, new Stmt.Reject(null, null)));
        Stmt.Match rpfilter = new Stmt.Match(new Expr.Fib(List.of("saddr", "mark", "iif"), "oif"), Op.EQ, new Expr.Bool(false));
        sim.apply(reachedFrom(ChainType.FILTER, Hook.PREROUTING, rpfilter));
        assertThrows(BackendException.class, () -> sim.apply(reachedFrom(ChainType.FILTER, Hook.OUTPUT, rpfilter)));
    }

    /** A base chain on {@code hook} that jumps to a regular chain holding {@code s}. */
    private static Ruleset reachedFrom(ChainType type, Hook hook, Stmt s) {
        Chain base = new Chain("base", new BaseHook(type, hook, 0, ChainPolicy.ACCEPT),
                List.of(new Rule(List.of(Stmt.Verdict.jump("inner")))));
        Chain inner = new Chain("inner", null, List.of(new Rule(List.of(s))));
        return new Ruleset(List.of(new Table(Family.INET, "portcullis", List.of(), List.of(base, inner))));
    }

    @Test
    void remembersWhichForwardingWasSwitchedOn() {
        SimBackend sim = new SimBackend();
        assertEquals(Set.of(), sim.forwarding());
        sim.enableForwarding(Family.IP);
        assertEquals(Set.of(Family.IP), sim.forwarding());
    }
}
