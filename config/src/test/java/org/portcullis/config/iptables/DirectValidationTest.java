package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class DirectValidationTest {
    private static DirectRule rule(String chain, int priority, String args) {
        return new DirectRule(Ipv.IPV4, "filter", chain, priority, Shlex.split(args));
    }

    private static final List<DirectRule> SEED = List.of(
            rule("OUTPUT", 0, "-o enp3s0 -p tcp --dport 22 -j ACCEPT"),
            rule("OUTPUT", 1, "-o enp3s0 -p tcp --dport 443 -j ACCEPT"),
            rule("OUTPUT", 100, "-o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
            rule("OUTPUT", 1000, "-o enp3s0 -j DROP"));

    @Test
    void seedConfigurationIsValid() {
        assertDoesNotThrow(() -> DirectValidation.validate(DirectConfig.of(
                List.of(new DirectChain(Ipv.IPV4, "filter", "later")), SEED,
                List.of(new Passthrough(Ipv.IPV4, List.of("-N", "x"))))));
    }

    @Test
    void aRuleBeforeItsChainIsAccepted() {
        assertDoesNotThrow(() -> DirectValidation.validate(DirectConfig.of(List.of(),
                List.of(rule("notyet", 0, "-j ACCEPT")), List.of())));
    }

    @Test
    void firstBadEntryIsReported() {
        List<DirectRule> rules = new java.util.ArrayList<>(SEED);
        rules.add(rule("OUTPUT", 5, "-p tcp --dport 22 --bogus"));
        FirewallException e = assertThrows(FirewallException.class,
                () -> DirectValidation.validate(DirectConfig.of(List.of(), rules, List.of())));
        assertEquals(ErrorCode.COMMAND_FAILED, e.code());
        assertTrue(e.detail().contains("unknown option \"--bogus\""), e.detail());
        FirewallException table = assertThrows(FirewallException.class, () -> DirectValidation.validate(
                DirectConfig.of(List.of(new DirectChain(Ipv.IPV6, "nope", "x")), List.of(), List.of())));
        assertEquals(ErrorCode.INVALID_TABLE, table.code());
        FirewallException pass = assertThrows(FirewallException.class, () -> DirectValidation.validate(
                DirectConfig.of(List.of(), List.of(), List.of(new Passthrough(Ipv.IPV4, List.of("-nvL"))))));
        assertTrue(pass.detail().contains("-nvL"), pass.detail());
    }
}
