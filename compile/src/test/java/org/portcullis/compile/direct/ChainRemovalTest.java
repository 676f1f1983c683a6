package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portcullis.compile.direct.Specs.ACCEPT;
import static org.portcullis.compile.direct.Specs.spec;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;

class ChainRemovalTest {
    private final DirectChain mine = new DirectChain(Ipv.IPV4, "filter", "žluťoučký");
    private final Map<DirectRule, RuleSpec> parsed = new HashMap<>();

    private DirectRule rule(Ipv ipv, String chain, RuleSpec spec) {
        DirectRule r = new DirectRule(ipv, "filter", chain, 0, java.util.List.of(String.valueOf(parsed.size())));
        parsed.put(r, spec);
        return r;
    }

    private void check(DirectRule... rules) {
        ChainRemoval.check(DirectConfig.of(java.util.List.of(mine), java.util.List.of(rules), java.util.List.of()),
                mine, parsed::get);
    }

    @Test
    void chainWithRulesIsBusy() {
        FirewallException e = assertThrows(FirewallException.class,
                () -> check(rule(Ipv.IPV4, "žluťoučký", spec(new Target.Return()))));
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): \n"
                + "line 2: CHAIN_DEL failed (Device or resource busy): chain žluťoučký\n", e.detail());
    }

    @Test
    void chainJumpedToIsBusy() {
        assertThrows(FirewallException.class, () -> check(rule(Ipv.IPV4, "INPUT", spec(new Target.Goto("žluťoučký")))));
    }

    @Test
    void rulesOfOtherFamiliesOrChainsDoNotHoldIt() {
        check(rule(Ipv.IPV6, "žluťoučký", spec(ACCEPT)), rule(Ipv.IPV4, "INPUT", spec(new Target.Jump("other"))));
    }
}
