package org.portcullis.backend;

import java.util.List;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Small rulesets for backend tests. */
public final class Rulesets {
    private Rulesets() {
    }

    static Stmt.Match dport(String proto, long port) {
        return new Stmt.Match(new Expr.Payload(proto, "dport"), Op.EQ, new Expr.Num(port));
    }

    static Chain output(String name, List<Rule> rules) {
        return new Chain(name, new BaseHook(ChainType.FILTER, Hook.OUTPUT, 0, ChainPolicy.ACCEPT), rules);
    }

    /** Two owned tables: the seed's outbound rules in inet, and a set-based rule in ip. */
    public static Ruleset a() {
        Table direct = new Table(Family.INET, "portcullis_direct", List.of(), List.of(
                output("out", List.of(
                        new Rule(List.of(new Stmt.Match(new Expr.Ct("state", null), Op.IN,
                                new Expr.SetLit(List.of(new Expr.Str("established"), new Expr.Str("related")))),
                                Stmt.Verdict.ACCEPT)),
                        new Rule(List.of(dport("tcp", 22), Stmt.Verdict.jump("allow")), "ssh", 0),
                        new Rule(List.of(dport("udp", 5353), Stmt.Verdict.DROP)))),
                new Chain("allow", null, List.of(new Rule(List.of(new Stmt.Counter(0, 0), Stmt.Verdict.ACCEPT))))));
        Table sets = new Table(Family.IP, "portcullis_sets",
                List.of(new NamedSet("blocked", "ipv4_addr", true, List.of(new Expr.Prefix(IpPrefix.parse("198.18.9.0/24"))))),
                List.of(output("out", List.of(new Rule(List.of(new Stmt.Match(new Expr.Payload("ip", "daddr"), Op.EQ,
                        new Expr.SetRef("blocked")), Stmt.Verdict.DROP))))));
        return new Ruleset(List.of(direct, sets));
    }

    /** One owned table, different from both of {@link #a()}'s. */
    public static Ruleset b() {
        return new Ruleset(List.of(new Table(Family.INET, "portcullis_direct", List.of(), List.of(
                output("out", List.of(new Rule(List.of(dport("tcp", 80), new Stmt.Reject("tcp reset", null)))))))));
    }

    /** Like {@link #b()} but jumping to a chain that does not exist. */
    public static Ruleset broken() {
        return new Ruleset(List.of(new Table(Family.INET, "portcullis_direct", List.of(), List.of(
                output("out", List.of(new Rule(List.of(dport("tcp", 80), Stmt.Verdict.jump("missing")))))))));
    }

    /** A ruleset only the JSON form can carry: a chain named like a keyword and a comment with quotes. */
    public static Ruleset keywords() {
        return new Ruleset(List.of(new Table(Family.INET, "portcullis_direct", List.of(), List.of(
                output("out", List.of(new Rule(List.of(dport("tcp", 80), Stmt.Verdict.jump("fwd")), "say \"no\"", 0))),
                new Chain("fwd", null, List.of(new Rule(List.of(Stmt.Verdict.DROP))))))));
    }

    /** The same ruleset with every rule handle cleared. */
    public static Ruleset withoutHandles(Ruleset r) {
        return new Ruleset(r.tables().stream().map(t -> new Table(t.family(), t.name(), t.sets(), t.chains().stream()
                .map(c -> new Chain(c.name(), c.base(), c.rules().stream()
                        .map(x -> new Rule(x.stmts(), x.comment(), 0)).toList())).toList())).toList());
    }
}
