package org.portcullis.model.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class DirectConfigTest {
    private static DirectRule rule(String chain, int prio, String... args) {
        return new DirectRule(Ipv.IPV4, "filter", chain, prio, List.of(args));
    }

    @Test
    void groupsKeepTheOrderTheirKeyWasCreatedIn() {
        DirectRule a1 = rule("INPUT", 0, "-j", "ACCEPT");
        DirectRule b1 = rule("OUTPUT", 0, "-j", "DROP");
        DirectRule a2 = rule("INPUT", 5, "-p", "tcp", "-j", "DROP");
        DirectConfig c = DirectConfig.EMPTY.withRule(a1, "x").withRule(b1, "x").withRule(a2, "x").withoutRule(a1, "x");
        assertEquals(List.of(a2, b1), c.rules());
    }

    @Test
    void aKeyRecreatedAfterItsLastRuleGoesToTheEnd() {
        DirectRule a1 = rule("INPUT", 0, "-j", "ACCEPT");
        DirectRule b1 = rule("OUTPUT", 0, "-j", "DROP");
        DirectConfig c = DirectConfig.EMPTY.withRule(a1, "x").withRule(b1, "x").withoutRule(a1, "x").withRule(a1, "x");
        assertEquals(List.of(b1, a1), c.rules());
    }

    @Test
    void sameArgumentsAtAnotherPriorityAreAnotherRule() {
        DirectConfig c = DirectConfig.EMPTY.withRule(rule("INPUT", 0, "-j", "ACCEPT"), "x");
        assertTrue(c.hasRule(rule("INPUT", 0, "-j", "ACCEPT")));
        assertFalse(c.hasRule(rule("INPUT", 1, "-j", "ACCEPT")));
        assertFalse(c.hasRule(rule("INPUT_direct", 0, "-j", "ACCEPT")));
    }

    @Test
    void duplicatesAndAbsencesUseFirewalldsMessages() {
        DirectRule r = rule("mychain", 0, "-j", "ACCEPT");
        DirectConfig c = DirectConfig.EMPTY.withRule(r, "('-j', 'ACCEPT')");
        FirewallException dup = assertThrows(FirewallException.class, () -> c.withRule(r, "('-j', 'ACCEPT')"));
        assertEquals(ErrorCode.ALREADY_ENABLED, dup.code());
        assertEquals("rule '('-j', 'ACCEPT')' already is in 'ipv4:filter:mychain'", dup.detail());
        FirewallException absent = assertThrows(FirewallException.class,
                () -> DirectConfig.EMPTY.withoutChain(new DirectChain(Ipv.IPV4, "filter", "dummy")));
        assertEquals(ErrorCode.NOT_ENABLED, absent.code());
        assertEquals("chain 'dummy' is not in 'ipv4:filter'", absent.detail());
    }

    @Test
    void ofDropsExactDuplicatesAndKeepsOrder() {
        List<DirectRule> rules = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rules.add(rule(i % 2 == 0 ? "INPUT" : "OUTPUT", i % 7, "-p", "tcp", "--dport", Integer.toString(i % 10_000)));
        }
        DirectConfig c = DirectConfig.of(List.of(), rules, List.of());
        assertEquals(rules.stream().distinct().count(), c.rules().size());
        assertEquals(rules.getFirst(), c.rules().getFirst());
        assertEquals(c, DirectConfig.of(List.of(), c.rules(), List.of()));
    }

    @Test
    void removeRulesIsPerKey() {
        DirectRule v4 = rule("INPUT", 0, "-j", "ACCEPT");
        DirectRule v6 = new DirectRule(Ipv.IPV6, "filter", "INPUT", 0, List.of("-j", "ACCEPT"));
        DirectConfig c = DirectConfig.EMPTY.withRule(v4, "x").withRule(v6, "x").withoutRules(v6.key());
        assertEquals(List.of(v4), c.rules());
    }
}
