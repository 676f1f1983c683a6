package org.portcullis.engine;

import java.util.Arrays;
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

/** Short hand for building IR rulesets in tests. */
public final class Ir {
    private Ir() {
    }

    public static Stmt.Match match(Expr left, Op op, Expr right) {
        return new Stmt.Match(left, op, right);
    }

    public static Stmt.Match eq(Expr left, Expr right) {
        return match(left, Op.EQ, right);
    }

    public static Expr.Payload payload(String proto, String field) {
        return new Expr.Payload(proto, field);
    }

    public static Expr.Meta meta(String key) {
        return new Expr.Meta(key);
    }

    public static Expr.Ct ct(String key) {
        return new Expr.Ct(key, null);
    }

    public static Expr.Str str(String s) {
        return new Expr.Str(s);
    }

    public static Expr.Num num(long n) {
        return new Expr.Num(n);
    }

    public static Expr.Prefix prefix(String p) {
        return new Expr.Prefix(IpPrefix.parse(p));
    }

    public static Expr.SetLit set(Expr... els) {
        return new Expr.SetLit(List.of(els));
    }

    public static Stmt.Match oifname(String name) {
        return eq(meta("oifname"), str(name));
    }

    public static Stmt.Match iifname(String name) {
        return eq(meta("iifname"), str(name));
    }

    public static Stmt.Match tcpDport(int port) {
        return eq(payload("tcp", "dport"), num(port));
    }

    public static Stmt.Match ctState(String... states) {
        Expr right = states.length == 1 ? str(states[0])
                : set(Arrays.stream(states).map(Ir::str).toArray(Expr[]::new));
        return match(ct("state"), Op.IN, right);
    }

    public static Stmt.Counter counter() {
        return new Stmt.Counter(0, 0);
    }

    public static Rule rule(Stmt... stmts) {
        return new Rule(List.of(stmts));
    }

    public static Chain base(String name, ChainType type, Hook hook, int priority, ChainPolicy policy, Rule... rules) {
        return new Chain(name, new BaseHook(type, hook, priority, policy), List.of(rules));
    }

    public static Chain filter(String name, Hook hook, int priority, ChainPolicy policy, Rule... rules) {
        return base(name, ChainType.FILTER, hook, priority, policy, rules);
    }

    public static Chain regular(String name, Rule... rules) {
        return new Chain(name, null, List.of(rules));
    }

    public static Table table(Family family, String name, Chain... chains) {
        return new Table(family, name, List.of(), List.of(chains));
    }

    public static Table table(Family family, String name, List<NamedSet> sets, Chain... chains) {
        return new Table(family, name, sets, List.of(chains));
    }

    public static Ruleset ruleset(Table... tables) {
        return new Ruleset(List.of(tables));
    }
}
