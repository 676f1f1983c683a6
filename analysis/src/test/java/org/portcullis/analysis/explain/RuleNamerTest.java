package org.portcullis.analysis.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.nft.Family;
import org.portcullis.nft.Table;

class RuleNamerTest {

    @Test
    void directRuleIsNamedAsFirewalldListsIt() {
        assertEquals("ipv4 filter OUTPUT 10 -o enp3s0 -p tcp --dport 80 -m comment --comment 'allow web' -j ACCEPT",
                RuleNamer.words(Fixtures.rule(10, "-o", "enp3s0", "-p", "tcp", "--dport", "80", "-m", "comment",
                        "--comment", "allow web", "-j", "ACCEPT")));
    }

    @Test
    void everyCompiledRuleMapsBackToItsDirectRule() {
        Compiled c = Fixtures.compiled(Fixtures.rule(1000, "-o", "enp3s0", "-j", "DROP"),
                Fixtures.rule(0, "-o", "enp3s0", "-p", "tcp", "--dport", "22", "-j", "ACCEPT"));
        RuleNamer namer = new RuleNamer(c.ruleset(), c.sourceMap());
        Table t = c.ruleset().tables().stream().filter(x -> x.family() == Family.IP).findFirst().orElseThrow();
        var chain = t.chains().stream().filter(ch -> ch.isBase()).findFirst().orElseThrow();
        RuleLabel first = namer.label(new RuleRef(Family.IP, t.name(), chain.name(), 0), 0);
        RuleLabel second = namer.label(new RuleRef(Family.IP, t.name(), chain.name(), 1), 0);
        assertEquals("ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT", first.headline());
        assertEquals("ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP", second.headline());
        assertTrue(first.nft().contains("dport") && first.nft().endsWith("accept"), first.nft());
        assertTrue(second.nft().endsWith("drop"), second.nft());
    }

    @Test
    void foreignRuleIsShownInNftFormWithItsHandle() {
        Compiled c = Fixtures.foreign();
        RuleNamer namer = new RuleNamer(c.ruleset(), c.sourceMap());
        RuleLabel l = namer.label(new RuleRef(Family.IP, "t", "out", 1), 8);
        assertNull(l.origin());
        assertEquals("continue comment \"kept\" (handle 8)", l.headline());
        assertEquals("ip t out #1 handle 8", l.place());
    }

    @Test
    void aReferenceOutsideTheRulesetSaysSo() {
        Compiled c = Fixtures.foreign();
        RuleLabel l = new RuleNamer(c.ruleset(), c.sourceMap()).label(new RuleRef(Family.IP, "t", "out", 5), 0);
        assertEquals("(rule not in the ruleset)", l.headline());
    }

    @Test
    void zoneAndPolicyRulesAreNamedByWhatTheyEnforce() {
        assertEquals("zone public: service ssh", RuleNamer.words(new Origin.FromZone("public", "service ssh")));
        assertEquals("zone public: target default", RuleNamer.words(new Origin.FromZone("public", "target default")));
        assertEquals("policy allow-host-ipv6: icmp-block nd", RuleNamer.words(new Origin.FromPolicy("allow-host-ipv6", "icmp-block nd")));
    }

    @Test
    void theVerdictOfARuleIsItsLastVerdictInNftForm() {
        Compiled c = Fixtures.compiled(Fixtures.rule(0, "-p", "tcp", "-j", "REJECT", "--reject-with", "tcp-reset"));
        RuleNamer namer = new RuleNamer(c.ruleset(), c.sourceMap());
        Table t = c.ruleset().tables().stream().filter(x -> x.family() == Family.IP).findFirst().orElseThrow();
        var chain = t.chains().stream().filter(ch -> ch.isBase()).findFirst().orElseThrow();
        RuleRef ref = new RuleRef(Family.IP, t.name(), chain.name(), 0);
        assertEquals("reject with tcp reset", namer.verdict(ref));
        assertTrue(namer.origin(ref).orElseThrow() instanceof Origin.FromDirectRule);
        assertNull(new RuleNamer(Fixtures.foreign().ruleset(), Fixtures.foreign().sourceMap())
                .verdict(new RuleRef(Family.IP, "t", "out", 0)), "a counter has no verdict");
    }
}
