package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portcullis.compile.direct.Specs.ACCEPT;
import static org.portcullis.compile.direct.Specs.spec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rule.Target;

class DirectErrorsTest {

    private static FirewallException fails(DirectFixture fx) {
        return assertThrows(FirewallException.class, fx::compile);
    }

    @Test
    void unknownTable() {
        DirectFixture fx = new DirectFixture();
        fx.rule(Ipv.IPV4, "badtable", "INPUT", 0, "-j ACCEPT", spec(ACCEPT));
        FirewallException e = fails(fx);
        assertEquals(ErrorCode.INVALID_TABLE, e.code());
        assertEquals("'badtable' not in 'dict_keys(['security', 'raw', 'mangle', 'nat', 'filter'])'", e.detail());
    }

    @Test
    void ruleForAMissingChain() {
        DirectFixture fx = new DirectFixture();
        fx.rule("foo", 0, "-j ACCEPT", spec(ACCEPT));
        FirewallException e = fails(fx);
        assertEquals(ErrorCode.COMMAND_FAILED, e.code());
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore: line 2 failed: "
                + "No chain/target/match by that name.\n", e.detail());
    }

    @Test
    void directSuffixIsOnlyStrippedFromFirewalldsBuiltins() {
        DirectFixture fx = new DirectFixture();
        fx.rule(Ipv.IPV6, "nat", "INPUT_direct", 0, "-j ACCEPT", spec(ACCEPT));
        assertEquals("'/usr/sbin/ip6tables-restore -w -n' failed: ip6tables-restore: line 2 failed: "
                + "No chain/target/match by that name.\n", fails(fx).detail());
    }

    @Test
    void ruleForAUserChainOfAnotherFamilyOrTable() {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV6, "filter", "mine").chain(Ipv.IPV4, "nat", "mine");
        fx.rule("mine", 0, "-j ACCEPT", spec(ACCEPT));
        assertEquals(ErrorCode.COMMAND_FAILED, fails(fx).code());
    }

    @Test
    void jumpToAMissingChain() {
        DirectFixture fx = new DirectFixture();
        fx.rule("INPUT", 0, "-j foo", spec(new Target.Jump("foo")));
        FirewallException e = fails(fx);
        assertEquals(ErrorCode.COMMAND_FAILED, e.code());
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): "
                + "Chain 'foo' does not exist\nError occurred at line: 3\n"
                + "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n", e.detail());
    }

    @Test
    void gotoAChainOfAnotherTable() {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV4, "nat", "elsewhere");
        fx.rule("INPUT", 0, "-g elsewhere", spec(new Target.Goto("elsewhere")));
        assertEquals(ErrorCode.COMMAND_FAILED, fails(fx).code());
    }

    @Test
    void loopOfJumpsReachableFromABuiltinChain() {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV4, "filter", "a").chain(Ipv.IPV4, "filter", "b");
        fx.rule("a", 0, "-j b", spec(new Target.Jump("b")));
        fx.rule("b", 0, "-g a", spec(new Target.Goto("a")));
        fx.compile();
        fx.rule("OUTPUT", 0, "-j a", spec(new Target.Jump("a")));
        FirewallException e = fails(fx);
        assertEquals(ErrorCode.COMMAND_FAILED, e.code());
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): \n"
                + "line 2: RULE_INSERT failed (Too many links): rule in chain OUTPUT\n", e.detail());
    }

    @Test
    void jumpToABuiltinChain() {
        DirectFixture fx = new DirectFixture();
        fx.rule("OUTPUT_direct", 0, "-j INPUT", spec(new Target.Jump("INPUT")));
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): \n"
                + "line 2: RULE_INSERT failed (No such file or directory): rule in chain OUTPUT\n", fails(fx).detail());
    }

    @Test
    void targetsOnlyWhereIptablesAllowsThem() {
        record Case(String table, String chain, Target target) {
        }
        List<Case> refused = List.of(
                new Case("filter", "OUTPUT", new Target.Masquerade(null)),
                new Case("nat", "PREROUTING", new Target.Masquerade(null)),
                new Case("nat", "POSTROUTING", new Target.Dnat(null, null, null)),
                new Case("nat", "PREROUTING", new Target.Snat(null, null, null)),
                new Case("nat", "POSTROUTING", new Target.Redirect(null)),
                new Case("mangle", "PREROUTING", new Target.Reject(null)),
                new Case("filter", "OUTPUT", new Target.Notrack()));
        for (Case c : refused) {
            DirectFixture fx = new DirectFixture();
            fx.rule(Ipv.IPV4, c.table(), c.chain(), 0, "x", spec(c.target()));
            assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): \n"
                    + "line 2: RULE_INSERT failed (Invalid argument): rule in chain " + c.chain() + "\n",
                    fails(fx).detail(), c.toString());
        }
        DirectFixture allowed = new DirectFixture().chain(Ipv.IPV4, "nat", "mine");
        allowed.rule(Ipv.IPV4, "nat", "INPUT", 0, "snat", spec(new Target.Snat(null, null, null)));
        allowed.rule(Ipv.IPV4, "nat", "OUTPUT", 0, "redirect", spec(new Target.Redirect(null)));
        allowed.rule(Ipv.IPV4, "nat", "mine", 0, "masquerade", spec(new Target.Masquerade(null)));
        allowed.rule(Ipv.IPV4, "filter", "FORWARD", 0, "mark", spec(new Target.SetMark(1, 0xffffffffL)));
        allowed.compile();
    }

    @Test
    void dropInTheNatTable() {
        DirectFixture fx = new DirectFixture();
        fx.rule(Ipv.IPV4, "nat", "OUTPUT", 0, "-j DROP", spec(new Target.Drop()));
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): The \"nat\" "
                + "table is not intended for filtering, the use of DROP is therefore inhibited.\n\n\n"
                + "Error occurred at line: 2\n"
                + "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n", fails(fx).detail());
    }

    @Test
    void ebtablesIsRefusedForRulesAndChains() {
        DirectFixture rule = new DirectFixture();
        rule.rule(Ipv.EB, "filter", "INPUT", 0, "-j ACCEPT", spec(ACCEPT));
        FirewallException e = fails(rule);
        assertEquals(ErrorCode.COMMAND_FAILED, e.code());
        assertEquals("ebtables direct rules and chains are not supported by Portcullis", e.detail());
        assertEquals(ErrorCode.COMMAND_FAILED, fails(new DirectFixture().chain(Ipv.EB, "broute", "x")).code());
    }

    @Test
    void userChainNamedLikeABuiltin() {
        FirewallException e = fails(new DirectFixture().chain(Ipv.IPV4, "filter", "INPUT"));
        assertEquals(ErrorCode.BUILTIN_CHAIN, e.code());
        assertEquals("chain 'INPUT' is built-in chain", e.detail());
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore: line 2 failed: "
                + "Chain already exists.\n", fails(new DirectFixture().chain(Ipv.IPV4, "nat", "INPUT")).detail());
    }

    @Test
    void userChainNamesIptablesRefuses() {
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): "
                        + "chain name `abcdefghijabcdefghijabcdefghij' too long (must be under 29 chars)\n"
                        + "Error occurred at line: 2\n"
                        + "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n",
                fails(new DirectFixture().chain(Ipv.IPV4, "filter", "abcdefghijabcdefghijabcdefghij")).detail());
        assertEquals(ErrorCode.COMMAND_FAILED,
                fails(new DirectFixture().chain(Ipv.IPV4, "filter", "žluťoučkýžluťoučkýžluťoučký")).code());
        new DirectFixture().chain(Ipv.IPV4, "filter", "žluťoučký").compile();
        assertEquals(ErrorCode.COMMAND_FAILED, fails(new DirectFixture().chain(Ipv.IPV6, "filter", "-x")).code());
        assertEquals(ErrorCode.COMMAND_FAILED, fails(new DirectFixture().chain(Ipv.IPV6, "filter", "LOG")).code());
        assertEquals(ErrorCode.COMMAND_FAILED, fails(new DirectFixture().chain(Ipv.IPV6, "filter", "HL")).code());
        new DirectFixture().chain(Ipv.IPV4, "filter", "HL").compile();
    }

    @Test
    void passthroughsApplyThroughOurTablesAndRefuseWhatCannotBeModelled() {
        DirectConfig appended = DirectConfig.of(List.of(), List.of(),
                List.of(new Passthrough(Ipv.IPV4, List.of("-A", "INPUT", "-j", "ACCEPT"))));
        assertEquals(1, DirectCompiler.compile(appended).ruleset().tables().size());
        DirectConfig flush = DirectConfig.of(List.of(), List.of(),
                List.of(new Passthrough(Ipv.IPV4, List.of("-F", "INPUT"))));
        assertEquals(ErrorCode.COMMAND_FAILED, assertThrows(FirewallException.class,
                () -> DirectCompiler.compile(flush)).code());
    }

    @Test
    void emptyConfigCompilesWithoutTheParser() {
        assertEquals(0, DirectCompiler.compile(DirectConfig.EMPTY).ruleset().tables().size());
    }
}
