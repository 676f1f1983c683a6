package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portcullis.compile.direct.Specs.ACCEPT;
import static org.portcullis.compile.direct.Specs.DROP;
import static org.portcullis.compile.direct.Specs.oif;
import static org.portcullis.compile.direct.Specs.spec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.NftTestText;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rule.Target;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;

class PassthroughTest {

    private static List<String> rules(Compiled c, String chain) {
        return c.ruleset().table(Family.IP, "portcullis_direct").chain(chain).rules().stream()
                .map(NftTestText::rule).toList();
    }

    @Test
    void appliedAfterDirectRulesInTheirOrder() {
        DirectFixture fx = new DirectFixture();
        fx.rule("OUTPUT", 5, "-o a -j ACCEPT", spec(ACCEPT, oif("a")));
        fx.passthrough(Ipv.IPV4, "-A OUTPUT -o z -j DROP",
                new PassthroughCommand.Append("filter", "OUTPUT", spec(DROP, oif("z"))));
        Passthrough first = fx.passthrough(Ipv.IPV4, "-I OUTPUT -o b -j ACCEPT",
                new PassthroughCommand.Insert("filter", "OUTPUT", 1, spec(ACCEPT, oif("b"))));
        fx.passthrough(Ipv.IPV4, "-I OUTPUT 3 -o c -j ACCEPT",
                new PassthroughCommand.Insert("filter", "OUTPUT", 3, spec(ACCEPT, oif("c"))));
        fx.rule("OUTPUT", 0, "-o early -j ACCEPT", spec(ACCEPT, oif("early")));
        Compiled c = fx.compile();
        assertEquals(List.of("meta oifname \"b\" counter accept", "meta oifname \"early\" counter accept",
                "meta oifname \"c\" counter accept", "meta oifname \"a\" counter accept",
                "meta oifname \"z\" counter drop"), rules(c, "filter_OUTPUT"));
        assertEquals(new Origin.FromPassthrough(first),
                c.sourceMap().origin(new RuleRef(Family.IP, "portcullis_direct", "filter_OUTPUT", 0)).orElseThrow());
    }

    @Test
    void newChainCanBeFilledAndJumpedTo() {
        DirectFixture fx = new DirectFixture();
        fx.passthrough(Ipv.IPV4, "-N extra", new PassthroughCommand.NewChain("filter", "extra"));
        fx.passthrough(Ipv.IPV4, "-A extra -j ACCEPT", new PassthroughCommand.Append("filter", "extra", spec(ACCEPT)));
        fx.passthrough(Ipv.IPV4, "-A INPUT -j extra",
                new PassthroughCommand.Append("filter", "INPUT", spec(new Target.Jump("extra"))));
        Compiled c = fx.compile();
        assertEquals(List.of("filter_INPUT", "filter_extra"), c.ruleset().table(Family.IP, "portcullis_direct")
                .chains().stream().map(Chain::name).toList());
        assertEquals(List.of("counter jump filter_extra"), rules(c, "filter_INPUT"));
    }

    @Test
    void directRulesCannotUseChainsPassthroughsCreateLater() {
        DirectFixture fx = new DirectFixture();
        fx.rule("extra", 0, "-j ACCEPT", spec(ACCEPT));
        fx.passthrough(Ipv.IPV4, "-N extra", new PassthroughCommand.NewChain("filter", "extra"));
        assertEquals(ErrorCode.COMMAND_FAILED, assertThrows(FirewallException.class, fx::compile).code());
    }

    @Test
    void passthroughsNameChainsVerbatim() {
        DirectFixture fx = new DirectFixture();
        fx.passthrough(Ipv.IPV4, "-A OUTPUT_direct -j ACCEPT",
                new PassthroughCommand.Append("filter", "OUTPUT_direct", spec(ACCEPT)));
        assertEquals(ErrorCode.COMMAND_FAILED, assertThrows(FirewallException.class, fx::compile).code());
    }

    @Test
    void insertPastTheEnd() {
        DirectFixture fx = new DirectFixture();
        fx.passthrough(Ipv.IPV4, "-I OUTPUT 2 -j ACCEPT",
                new PassthroughCommand.Insert("filter", "OUTPUT", 2, spec(ACCEPT)));
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore: line 2 failed: "
                + "Index of insertion too big.\n", assertThrows(FirewallException.class, fx::compile).detail());
    }

    @Test
    void newChainThatExists() {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV6, "raw", "mine");
        fx.passthrough(Ipv.IPV6, "-t raw -N mine", new PassthroughCommand.NewChain("raw", "mine"));
        assertEquals("'/usr/sbin/ip6tables-restore -w -n' failed: ip6tables-restore: line 2 failed: "
                + "Chain already exists.\n", assertThrows(FirewallException.class, fx::compile).detail());
    }
}
