package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcullis.compile.direct.Specs.ACCEPT;
import static org.portcullis.compile.direct.Specs.DROP;
import static org.portcullis.compile.direct.Specs.dport;
import static org.portcullis.compile.direct.Specs.oif;
import static org.portcullis.compile.direct.Specs.proto;
import static org.portcullis.compile.direct.Specs.spec;
import static org.portcullis.compile.direct.Specs.state;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.NftTestText;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.rule.CtState;
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

/** The seed's four outbound rules, added in the seed's order. */
class SeedGoldenTest {
    private final DirectFixture fx = new DirectFixture();
    private final DirectRule ssh = fx.rule("OUTPUT", 0, "-o enp3s0 -p tcp --dport 22 -j ACCEPT",
            spec(ACCEPT, oif("enp3s0"), proto(6), dport(6, 22)));
    private final DirectRule https = fx.rule("OUTPUT", 1, "-o enp3s0 -p tcp --dport 443 -j ACCEPT",
            spec(ACCEPT, oif("enp3s0"), proto(6), dport(6, 443)));
    private final DirectRule established = fx.rule("OUTPUT", 100,
            "-o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT",
            spec(ACCEPT, oif("enp3s0"), state(CtState.RELATED, CtState.ESTABLISHED)));
    private final DirectRule drop = fx.rule("OUTPUT", 1000, "-o enp3s0 -j DROP", spec(DROP, oif("enp3s0")));

    @Test
    void intermediateForm() {
        Expr oifname = new Expr.Meta("oifname");
        Stmt.Match onEnp3s0 = new Stmt.Match(oifname, Op.EQ, new Expr.Str("enp3s0"));
        Stmt.Counter counter = new Stmt.Counter(0, 0);
        Expr tcpDport = new Expr.Payload("tcp", "dport");
        Chain expected = new Chain("filter_OUTPUT",
                new BaseHook(ChainType.FILTER, Hook.OUTPUT, 0, ChainPolicy.ACCEPT),
                List.of(
                        new Rule(List.of(onEnp3s0, new Stmt.Match(tcpDport, Op.EQ, new Expr.Num(22)), counter,
                                Stmt.Verdict.ACCEPT)),
                        new Rule(List.of(onEnp3s0, new Stmt.Match(tcpDport, Op.EQ, new Expr.Num(443)), counter,
                                Stmt.Verdict.ACCEPT)),
                        new Rule(List.of(onEnp3s0, new Stmt.Match(new Expr.Ct("state", null), Op.IN,
                                new Expr.SetLit(List.of(new Expr.Str("established"), new Expr.Str("related")))),
                                counter, Stmt.Verdict.ACCEPT)),
                        new Rule(List.of(onEnp3s0, counter, Stmt.Verdict.DROP))));
        Ruleset want = new Ruleset(List.of(new Table(Family.IP, "portcullis_direct", List.of(), List.of(expected))));
        assertEquals(want, fx.compile().ruleset());
    }

    @Test
    void renderedForm() {
        assertEquals("""
                table ip portcullis_direct {
                \tchain filter_OUTPUT {
                \t\ttype filter hook output priority 0; policy accept;
                \t\tmeta oifname "enp3s0" tcp dport 22 counter accept
                \t\tmeta oifname "enp3s0" tcp dport 443 counter accept
                \t\tmeta oifname "enp3s0" ct state { established, related } counter accept
                \t\tmeta oifname "enp3s0" counter drop
                \t}
                }
                """, NftTestText.ruleset(fx.compile().ruleset()));
    }

    @Test
    void everyKernelRuleMapsBackToItsDirectRule() {
        Compiled c = fx.compile();
        List<DirectRule> inOrder = List.of(ssh, https, established, drop);
        for (int i = 0; i < inOrder.size(); i++) {
            assertEquals(new Origin.FromDirectRule(inOrder.get(i), 0),
                    c.sourceMap().origin(new RuleRef(Family.IP, "portcullis_direct", "filter_OUTPUT", i)).orElseThrow());
        }
        assertEquals(4, c.sourceMap().origins().size());
    }
}
