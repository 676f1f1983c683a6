package org.portcullis.engine.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.portcullis.engine.Hosts;
import org.portcullis.engine.Ir;
import org.portcullis.engine.Packet;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Properties of evaluation over generated rulesets. */
class EvaluationPropertiesTest {

    private static Rule randomRule(Random r, boolean allowUnknown) {
        Stmt verdict = r.nextBoolean() ? Stmt.Verdict.ACCEPT : Stmt.Verdict.DROP;
        return switch (r.nextInt(allowUnknown ? 4 : 3)) {
            case 0 -> Ir.rule(Ir.tcpDport(r.nextBoolean() ? 22 : 80), verdict);
            case 1 -> Ir.rule(Ir.oifname(r.nextBoolean() ? "enp*" : "eth0"), verdict);
            case 2 -> Ir.rule(Ir.counter());
            default -> Ir.rule(Ir.eq(Ir.meta("skuid"), Ir.num(0)), verdict);
        };
    }

    private static Table randomTable(Random r, int index) {
        List<Rule> rules = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            rules.add(randomRule(r, true));
        }
        ChainPolicy policy = r.nextInt(4) == 0 ? ChainPolicy.DROP : ChainPolicy.ACCEPT;
        Chain c = Ir.filter("c" + index, Hook.OUTPUT, r.nextInt(7) * 10 - 30 + index, policy, rules.toArray(Rule[]::new));
        return Ir.table(r.nextBoolean() ? Family.INET : Family.IP, "t" + index, c);
    }

    private static Ruleset withoutUnknownRules(Ruleset rs) {
        List<Table> tables = new ArrayList<>();
        for (Table t : rs.tables()) {
            List<Chain> chains = new ArrayList<>();
            for (Chain c : t.chains()) {
                List<Rule> known = c.rules().stream()
                        .filter(rule -> rule.stmts().stream().noneMatch(s -> s instanceof Stmt.Match m
                                && m.left() instanceof org.portcullis.nft.Expr.Meta meta && meta.key().equals("skuid")))
                        .toList();
                chains.add(new Chain(c.name(), c.base(), known));
            }
            tables.add(new Table(t.family(), t.name(), t.sets(), chains));
        }
        return new Ruleset(tables);
    }

    private static PacketRecord send(Ruleset rs, int dport) {
        return new Simulator(rs, Hosts.base1(), 1).send(Packet.tcp(Hosts.SELF, 40000, Hosts.PEER, dport, TcpFlags.SYN));
    }

    private static Ruleset randomRuleset(long seed) {
        Random r = new Random(seed);
        List<Table> tables = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            tables.add(randomTable(r, tables.size()));
        }
        return new Ruleset(tables);
    }

    /** The deciding rule itself (indices shift when rules are removed), or the deciding step. */
    private static Object decider(Ruleset rs, PacketRecord r) {
        if (r.trace().verdict().decidedBy() instanceof org.portcullis.engine.trace.Step.RuleMatched m) {
            return rs.table(m.rule().family(), m.rule().table()).chain(m.rule().chain()).rules().get(m.rule().index());
        }
        return r.trace().verdict().decidedBy();
    }

    @Property(tries = 300)
    void unknownRulesNeverDecideButMakeTheVerdictUncertain(@ForAll long seed, @ForAll @IntRange(min = 21, max = 23) int dport) {
        Ruleset rs = randomRuleset(seed);
        PacketRecord with = send(rs, dport);
        PacketRecord without = send(withoutUnknownRules(rs), dport);
        assertEquals(without.fate(), with.fate());
        assertEquals(decider(withoutUnknownRules(rs), without), decider(rs, with));
        boolean metUnknown = with.trace().steps().stream().anyMatch(s -> s instanceof org.portcullis.engine.trace.Step.RuleUnknown);
        assertEquals(metUnknown, with.trace().verdict().uncertain());
    }

    @Property(tries = 200)
    void tableOrderDoesNotMatterWhenPrioritiesDiffer(@ForAll long seed) {
        Ruleset rs = randomRuleset(seed);
        List<Table> shuffled = new ArrayList<>(rs.tables());
        Collections.shuffle(shuffled, new Random(seed));
        PacketRecord a = send(rs, 22);
        PacketRecord b = send(new Ruleset(shuffled), 22);
        assertEquals(a.fate(), b.fate());
        assertEquals(a.trace().steps(), b.trace().steps());
    }
}
