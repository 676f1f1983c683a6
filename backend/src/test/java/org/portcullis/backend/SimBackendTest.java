package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
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
    void remembersWhichForwardingWasSwitchedOn() {
        SimBackend sim = new SimBackend();
        assertEquals(Set.of(), sim.forwarding());
        sim.enableForwarding(Family.IP);
        assertEquals(Set.of(Family.IP), sim.forwarding());
    }
}
