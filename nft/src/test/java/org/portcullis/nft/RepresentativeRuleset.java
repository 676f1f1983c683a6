package org.portcullis.nft;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpPrefix;

/**
 * A ruleset touching every statement and expression kind, written in the form the kernel lists back
 * (sorted set elements, explicit reject codes, burst given) so that a round trip must give it back unchanged.
 */
public final class RepresentativeRuleset {
    private RepresentativeRuleset() {
    }

    private static Expr p(String s) {
        return new Expr.Prefix(IpPrefix.parse(s));
    }

    private static Expr.Str s(String v) {
        return new Expr.Str(v);
    }

    private static Expr.Num n(long v) {
        return new Expr.Num(v);
    }

    private static Stmt.Match eq(Expr l, Expr r) {
        return new Stmt.Match(l, Op.EQ, r);
    }

    private static Rule r(Stmt... stmts) {
        return new Rule(List.of(stmts));
    }

    private static final Expr TCP_DPORT = new Expr.Payload("tcp", "dport");

    public static Ruleset build() {
        return new Ruleset(List.of(inet(), ipOnly()));
    }

    private static Table inet() {
        List<Rule> out = new ArrayList<>(List.of(
                r(new Stmt.Match(new Expr.Ct("state", null), Op.IN, new Expr.SetLit(List.of(s("established"), s("related")))),
                        Stmt.Verdict.ACCEPT),
                new Rule(List.of(eq(new Expr.Meta("oifname"), s("enp3s0")), eq(new Expr.Payload("ip", "daddr"), p("198.18.0.2")),
                        eq(TCP_DPORT, n(22)), new Stmt.Counter(0, 0), Stmt.Verdict.ACCEPT), "seed: ssh out", 0),
                r(eq(new Expr.Payload("ip", "saddr"), new Expr.SetRef("nets")), eq(TCP_DPORT, new Expr.SetRef("ports")),
                        Stmt.Verdict.ACCEPT),
                r(eq(new Expr.Meta("l4proto"), new Expr.SetLit(List.of(s("tcp"), s("udp")))),
                        eq(new Expr.Payload("th", "dport"), new Expr.Range(n(1000), n(2000))), Stmt.Verdict.DROP),
                r(new Stmt.Match(new Expr.Payload("ip", "daddr"), Op.NE, p("10.0.0.0/8")), Stmt.Verdict.jump("to_d")),
                r(eq(new Expr.Meta("iifname"), s("eth*")), Stmt.Verdict.goTo("to_d")),
                r(eq(new Expr.And(new Expr.Meta("mark"), n(255)), n(1)), new Stmt.Log("pfx: ", "info", null)),
                r(new Stmt.Log(null, null, 2)),
                r(new Stmt.Limit(10, "second", 5, false), Stmt.Verdict.ACCEPT),
                r(new Stmt.Limit(3, "minute", 5, true), Stmt.Verdict.DROP),
                r(eq(TCP_DPORT, n(80)), new Stmt.Reject("tcp reset", null)),
                r(eq(TCP_DPORT, n(81)), new Stmt.Reject("icmpx", "admin-prohibited")),
                r(eq(TCP_DPORT, n(82)), new Stmt.Reject("icmp", "host-prohibited")),
                r(new Stmt.Mangle(new Expr.Meta("mark"), n(5))),
                r(new Stmt.Mangle(new Expr.Ct("mark", null), n(2))),
                r(eq(new Expr.Payload("icmp", "type"), s("echo-request")), Stmt.Verdict.ACCEPT),
                r(eq(new Expr.And(new Expr.Payload("tcp", "flags"), new Expr.SetLit(List.of(s("syn"), s("ack")))), s("syn")),
                        Stmt.Verdict.CONTINUE),
                r(new Stmt.Match(new Expr.Ct("state", null), Op.IN, s("new")), new Stmt.Counter(10, 20)),
                r(eq(new Expr.And(new Expr.Payload("tcp", "flags"), new Expr.SetLit(List.of(s("syn"), s("ack")))), n(0x12)),
                        Stmt.Verdict.ACCEPT),
                r(new Stmt.Match(new Expr.Ct("state", null), Op.NE, n(0x06)), Stmt.Verdict.DROP),
                r(new Stmt.Match(new Expr.Ct("state", null), Op.NE, new Expr.SetLit(List.of(s("established"), s("new")))),
                        Stmt.Verdict.RETURN),
                r(new Stmt.Match(TCP_DPORT, Op.LT, n(1024)), Stmt.Verdict.ACCEPT),
                r(new Stmt.Match(new Expr.Payload("udp", "sport"), Op.GE, n(1024)), Stmt.Verdict.DROP),
                r(eq(new Expr.Payload("ip", "saddr"), new Expr.Range(p("10.0.0.1"), p("10.0.0.9"))), Stmt.Verdict.ACCEPT),
                r(eq(new Expr.Payload("ip6", "saddr"), p("2001:db8::/32")), Stmt.Verdict.ACCEPT),
                r(eq(new Expr.Payload("icmp", "type"), new Expr.SetLit(List.of(s("echo-reply"), s("echo-request")))),
                        Stmt.Verdict.ACCEPT),
                r(eq(TCP_DPORT, new Expr.SetLit(List.of(n(22), n(443), new Expr.Range(n(1000), n(2000))))), Stmt.Verdict.ACCEPT),
                r(eq(new Expr.Ct("ip saddr", "original"), p("198.18.0.9")), Stmt.Verdict.DROP)));
        return new Table(Family.INET, "portcullis_rt",
                List.of(new NamedSet("nets", "ipv4_addr", true, List.of(p("10.0.0.1"), p("198.18.0.0/24"))),
                        new NamedSet("ports", "inet_service", false, List.of(n(22), n(443)))),
                List.of(new Chain("to_d", null, List.of(r(Stmt.Verdict.RETURN))),
                        new Chain("out", new BaseHook(ChainType.FILTER, Hook.OUTPUT, 0, ChainPolicy.ACCEPT), out),
                        new Chain("raw_pre", new BaseHook(ChainType.FILTER, Hook.PREROUTING, -300, ChainPolicy.ACCEPT),
                                List.of(r(new Stmt.Notrack()))),
                        new Chain("nat_post", new BaseHook(ChainType.NAT, Hook.POSTROUTING, 100, ChainPolicy.ACCEPT), List.of(
                                r(eq(new Expr.Meta("oifname"), s("eth0")), new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null)),
                                r(eq(new Expr.Payload("ip", "saddr"), p("10.0.0.0/8")),
                                        new Stmt.Nat(Stmt.NatKind.SNAT, "ip", p("192.0.2.4"), null)),
                                r(eq(new Expr.Meta("l4proto"), s("udp")), new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null,
                                        new Expr.Range(n(1024), n(2000)))))),
                        new Chain("nat_pre", new BaseHook(ChainType.NAT, Hook.PREROUTING, -100, ChainPolicy.ACCEPT), List.of(
                                r(eq(TCP_DPORT, n(80)), new Stmt.Nat(Stmt.NatKind.REDIRECT, null, null, n(8080))),
                                r(eq(new Expr.Payload("ip", "daddr"), p("10.0.0.1")), eq(TCP_DPORT, n(80)),
                                        new Stmt.Nat(Stmt.NatKind.DNAT, "ip", p("10.0.0.2"), n(8080))),
                                r(eq(new Expr.Payload("ip6", "daddr"), p("::1")), eq(TCP_DPORT, n(81)),
                                        new Stmt.Nat(Stmt.NatKind.DNAT, "ip6", p("::2"), n(8080)))))));
    }

    private static Table ipOnly() {
        return new Table(Family.IP, "portcullis_v4", List.of(), List.of(
                new Chain("in", new BaseHook(ChainType.FILTER, Hook.INPUT, 10, ChainPolicy.DROP), List.of(
                        r(eq(new Expr.Payload("ip", "protocol"), s("tcp")), Stmt.Verdict.ACCEPT),
                        r(new Stmt.Reject("icmp", "port-unreachable"))))));
    }

    /** The same ruleset with every rule handle cleared, for comparing a listing with what was written. */
    public static Ruleset withoutHandles(Ruleset r) {
        return new Ruleset(r.tables().stream().map(t -> new Table(t.family(), t.name(), t.sets(), t.chains().stream()
                .map(c -> new Chain(c.name(), c.base(), c.rules().stream()
                        .map(x -> new Rule(x.stmts(), x.comment(), 0)).toList())).toList())).toList());
    }
}
