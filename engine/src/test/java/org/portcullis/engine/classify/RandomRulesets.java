package org.portcullis.engine.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portcullis.engine.Ir;
import org.portcullis.model.net.IpPrefix;
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

/**
 * Rulesets over every expression and statement kind the engine reads, drawn from small pools so packets hit.
 * Jumps and gotos only lead to later chains: the kernel refuses loops when a ruleset is loaded.
 */
final class RandomRulesets {
    static final String[] V4 = {"10.0.0.1", "10.0.1.5", "192.168.1.1", "198.18.0.2", "0.0.0.0", "255.255.255.255"};
    static final String[] V6 = {"::1", "2001:db8::1", "2001:db8:0:1::5"};
    static final String[] PREFIXES = {"10.0.0.0/8", "10.0.0.0/24", "10.0.1.5/32", "192.168.0.0/16", "0.0.0.0/0",
        "198.18.0.0/15", "128.0.0.0/1", "2001:db8::/32", "::1/128"};
    static final int[] PORTS = {0, 22, 53, 80, 443, 1000, 8080, 65535};
    static final String[] NAMES = {"eth0", "eth1", "enp3s0", "lo", "eth*", "enp*", "wg0"};
    static final String[] PROTOS = {"tcp", "udp", "sctp", "th", "icmp", "icmpv6", "dccp", "udplite"};
    static final String[] STATES = {"new", "established", "related", "invalid", "untracked"};
    static final String[] MACS = {"00:11:22:33:44:55", "02:00:00:00:00:02", "52:54:00:00:00:01"};

    private final Random r;

    RandomRulesets(long seed) {
        r = new Random(seed);
    }

    Ruleset ruleset() {
        List<Table> tables = new ArrayList<>();
        for (int t = 1 + r.nextInt(2); t > 0; t--) {
            tables.add(table("t" + tables.size()));
        }
        return new Ruleset(tables);
    }

    private Table table(String name) {
        Family family = r.nextBoolean() ? Family.INET : r.nextBoolean() ? Family.IP : Family.IP6;
        List<String> regular = List.of("a", "b", "c");
        List<Chain> chains = new ArrayList<>();
        chains.add(Ir.filter("in", Hook.INPUT, r.nextInt(3) * 10 - 10,
                r.nextBoolean() ? ChainPolicy.ACCEPT : ChainPolicy.DROP, rules(1 + r.nextInt(40), regular)));
        chains.add(Ir.base("pre", ChainType.NAT, Hook.PREROUTING, -100, ChainPolicy.ACCEPT, natRules(r.nextInt(6))));
        for (int i = 0; i < regular.size(); i++) {
            chains.add(Ir.regular(regular.get(i), rules(r.nextInt(12), regular.subList(i + 1, regular.size()))));
        }
        NamedSet ports = new NamedSet("ports", "inet_service", false, List.of(Ir.num(22), Ir.num(443)));
        NamedSet nets = new NamedSet("nets", "ipv4_addr", true, List.of(Ir.prefix("10.0.0.0/24"),
                new Expr.Range(Ir.prefix("192.168.0.0"), Ir.prefix("198.18.0.2"))));
        NamedSet nets6 = new NamedSet("nets6", "ipv6_addr", true, List.of(Ir.prefix("2001:db8::/64")));
        NamedSet macs = new NamedSet("macs", "ether_addr", false, List.of(Ir.str(MACS[0]), Ir.str(MACS[2])));
        return Ir.table(family, name, List.of(ports, nets, nets6, macs), chains.toArray(Chain[]::new));
    }

    private Rule[] rules(int n, List<String> chains) {
        Rule[] out = new Rule[n];
        for (int i = 0; i < n; i++) {
            out[i] = rule(chains);
        }
        return out;
    }

    private Rule[] natRules(int n) {
        Rule[] out = new Rule[n];
        for (int i = 0; i < n; i++) {
            List<Stmt> stmts = new ArrayList<>();
            for (int m = r.nextInt(3); m > 0; m--) {
                stmts.add(match());
            }
            stmts.add(switch (r.nextInt(5)) {
                case 0 -> new Stmt.Nat(Stmt.NatKind.REDIRECT, null, null, Ir.num(pickInt(PORTS)));
                case 1 -> new Stmt.Nat(Stmt.NatKind.DNAT, "ip", Ir.prefix("10.0.0.9"), Ir.num(22));
                case 2 -> new Stmt.Nat(Stmt.NatKind.DNAT, null, Ir.prefix(r.nextBoolean() ? "198.18.0.9" : "2001:db8::9"), null);
                case 3 -> new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null);
                default -> Stmt.Verdict.ACCEPT;
            });
            out[i] = new Rule(stmts);
        }
        return out;
    }

    private Rule rule(List<String> chains) {
        List<Stmt> stmts = new ArrayList<>();
        for (int m = r.nextInt(4); m > 0; m--) {
            stmts.add(match());
        }
        for (int s = r.nextInt(3); s > 0; s--) {
            stmts.add(sideEffect());
            if (r.nextInt(3) == 0) {
                stmts.add(match());
            }
        }
        if (r.nextInt(6) > 0) {
            stmts.add(verdict(chains.isEmpty() ? List.of("missing") : chains));
        }
        return new Rule(stmts, r.nextBoolean() ? "rule " + r.nextInt(100) : null, r.nextInt(3));
    }

    private Stmt sideEffect() {
        return switch (r.nextInt(12)) {
            case 0, 1 -> Ir.counter();
            case 2 -> new Stmt.Log(r.nextBoolean() ? "p: " : null, null, null);
            case 3 -> new Stmt.Limit(10, "second", 5, r.nextBoolean());
            case 4 -> new Stmt.Mangle(Ir.meta("mark"), Ir.num(r.nextInt(3)));
            case 5 -> new Stmt.Mangle(Ir.meta("mark"), new Expr.Xor(new Expr.And(Ir.meta("mark"), Ir.num(0xff)), Ir.num(r.nextInt(3))));
            case 6 -> new Stmt.Mangle(r.nextBoolean() ? Ir.ct("mark") : Ir.meta("mark"),
                    r.nextBoolean() ? new Expr.Or(Ir.meta("mark"), Ir.num(1)) : Ir.ct("mark"));
            case 7 -> new Stmt.Log(r.nextBoolean() ? "nf" : null, r.nextBoolean() ? "audit" : null, r.nextBoolean() ? 5 : null);
            case 8 -> new Stmt.Mangle(new Expr.TcpOption("maxseg", "size"), new Expr.Rt("mtu"));
            case 9 -> new Stmt.Unsupported("{\"ct helper\":\"helper-ftp\"}");
            default -> new Stmt.Notrack();
        };
    }

    private Stmt verdict(List<String> chains) {
        String target = chains.get(r.nextInt(chains.size()));
        return switch (r.nextInt(9)) {
            case 0, 1 -> Stmt.Verdict.ACCEPT;
            case 2, 3 -> Stmt.Verdict.DROP;
            case 4 -> Stmt.Verdict.jump(r.nextInt(10) == 0 ? "missing" : target);
            case 5 -> Stmt.Verdict.goTo(target);
            case 6 -> Stmt.Verdict.RETURN;
            case 7 -> Stmt.Verdict.CONTINUE;
            default -> new Stmt.Reject(r.nextBoolean() ? null : "tcp reset", null);
        };
    }

    private Stmt.Match match() {
        Op op = r.nextInt(4) == 0 ? Op.NE : r.nextInt(5) == 0 ? Op.values()[r.nextInt(Op.values().length)] : Op.EQ;
        return switch (r.nextInt(21)) {
            case 0 -> Ir.match(Ir.payload(pick(PROTOS), r.nextBoolean() ? "dport" : "sport"), op, ports());
            case 1 -> Ir.match(Ir.payload("tcp", "dport"), op, ports());
            case 2 -> Ir.match(Ir.payload(r.nextBoolean() ? "ip" : "ip6", r.nextBoolean() ? "saddr" : "daddr"), op, addresses());
            case 3 -> Ir.match(Ir.payload("ip", r.nextBoolean() ? "saddr" : "daddr"), op, addresses());
            case 4 -> Ir.match(Ir.meta(r.nextBoolean() ? "l4proto" : "nfproto"), op, protocols());
            case 5 -> Ir.match(Ir.payload(r.nextBoolean() ? "ip" : "ip6", r.nextBoolean() ? "protocol" : "nexthdr"), op, protocols());
            case 6 -> Ir.match(Ir.meta(pick(new String[] {"iifname", "oifname", "iif"})), op, names());
            case 7 -> Ir.ctState(r.nextBoolean() ? new String[] {pick(STATES)} : new String[] {pick(STATES), pick(STATES)});
            case 8 -> Ir.match(Ir.meta("mark"), op, Ir.num(r.nextInt(3)));
            case 9 -> Ir.match(Ir.payload(r.nextBoolean() ? "icmp" : "icmpv6", "type"), op, Ir.str("echo-request"));
            case 10 -> Ir.eq(Ir.meta("skuid"), Ir.num(0));
            case 11 -> Ir.match(Ir.payload("tcp", "flags"), Op.IN, Ir.str("syn"));
            case 12 -> Ir.match(Ir.payload("th", "dport"), op, new Expr.SetRef(r.nextBoolean() ? "ports" : "nosuch"));
            case 13 -> Ir.match(Ir.payload("ether", r.nextBoolean() ? "saddr" : "daddr"), op,
                    r.nextInt(3) == 0 ? new Expr.SetRef("macs") : Ir.str(pick(MACS)));
            case 14 -> Ir.match(new Expr.Fib(r.nextBoolean() ? List.of("saddr", "mark", "iif") : List.of("saddr"), "oif"), op,
                    new Expr.Bool(r.nextBoolean()));
            case 15 -> Ir.match(new Expr.Fib(List.of(r.nextBoolean() ? "daddr" : "saddr"), "type"), op,
                    Ir.str(r.nextBoolean() ? "local" : "unicast"));
            case 16 -> Ir.match(new Expr.And(Ir.meta("mark"), Ir.num(0xf)), op, Ir.num(r.nextInt(3)));
            case 17 -> Ir.match(Ir.payload(r.nextBoolean() ? "ip" : "ip6", r.nextBoolean() ? "saddr" : "daddr"), op,
                    new Expr.SetRef(r.nextBoolean() ? "nets" : "nets6"));
            case 18 -> Ir.match(Ir.meta(r.nextBoolean() ? "iiftype" : "oiftype"), op, Ir.str(r.nextBoolean() ? "ether" : "loopback"));
            case 19 -> Ir.match(new Expr.Or(Ir.meta("mark"), Ir.num(1)), op, Ir.num(r.nextInt(4)));
            default -> Ir.match(Ir.payload("ip", "saddr"), op, new Expr.Unknown("{\"fib\":1}"));
        };
    }

    private Expr ports() {
        return switch (r.nextInt(5)) {
            case 0 -> new Expr.Range(Ir.num(pickInt(PORTS)), Ir.num(pickInt(PORTS)));
            case 1 -> Ir.set(Ir.num(pickInt(PORTS)), new Expr.Range(Ir.num(pickInt(PORTS)), Ir.num(pickInt(PORTS))));
            case 2 -> Ir.str("ssh");
            default -> Ir.num(pickInt(PORTS));
        };
    }

    private Expr addresses() {
        return switch (r.nextInt(5)) {
            case 0 -> Ir.set(prefix(), prefix());
            case 1 -> new Expr.Range(new Expr.Prefix(IpPrefix.parse(pick(V4))), new Expr.Prefix(IpPrefix.parse(pick(V4))));
            case 2 -> Ir.str(pick(PREFIXES));
            default -> prefix();
        };
    }

    private Expr prefix() {
        return new Expr.Prefix(IpPrefix.parse(pick(PREFIXES)));
    }

    private Expr protocols() {
        return switch (r.nextInt(4)) {
            case 0 -> Ir.set(Ir.str(pick(PROTOS)), Ir.num(r.nextInt(60)));
            case 1 -> Ir.num(r.nextBoolean() ? 6 : 17);
            case 2 -> Ir.str(r.nextBoolean() ? "ipv4" : "ipv6");
            default -> Ir.str(pick(PROTOS));
        };
    }

    private Expr names() {
        return r.nextInt(3) == 0 ? Ir.set(Ir.str(pick(NAMES)), Ir.str(pick(NAMES))) : Ir.str(pick(NAMES));
    }

    String pick(String[] a) {
        return a[r.nextInt(a.length)];
    }

    int pickInt(int[] a) {
        return a[r.nextInt(a.length)];
    }

    Random random() {
        return r;
    }
}
