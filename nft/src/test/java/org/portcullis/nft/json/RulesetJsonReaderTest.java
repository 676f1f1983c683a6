package org.portcullis.nft.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
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

class RulesetJsonReaderTest {
    private static final Expr TCP_DPORT = new Expr.Payload("tcp", "dport");

    private static Table inet() {
        Ruleset r = RulesetJsonReader.read(Samples.load("inet-filter-nat.json"));
        assertEquals(1, r.tables().size());
        return r.table(Family.INET, "portcullis_t");
    }

    private static Stmt.Match eq(Expr left, Expr right) {
        return new Stmt.Match(left, Op.EQ, right);
    }

    @Test
    void readsSetsAndChainHeaders() {
        Table t = inet();
        assertEquals(List.of(
                new NamedSet("s4", "ipv4_addr", true, List.of(new Expr.Prefix(IpPrefix.parse("10.0.0.1")),
                        new Expr.Prefix(IpPrefix.parse("198.18.0.0/24")))),
                new NamedSet("ports", "inet_service", false, List.of(new Expr.Num(22), new Expr.Num(443)))),
                t.sets());
        assertEquals(List.of("fw_d", "out", "pre", "nat_post", "nat_pre"), t.chains().stream().map(Chain::name).toList());
        assertNull(t.chain("fw_d").base());
        assertEquals(new BaseHook(ChainType.FILTER, Hook.PREROUTING, -300, ChainPolicy.ACCEPT), t.chain("pre").base());
        assertEquals(new BaseHook(ChainType.NAT, Hook.POSTROUTING, 100, ChainPolicy.ACCEPT), t.chain("nat_post").base());
    }

    @Test
    void readsMatchesCountersCommentsAndHandles() {
        Chain out = inet().chain("out");
        Rule ct = out.rules().get(0);
        assertEquals(List.of(new Stmt.Match(new Expr.Ct("state", null), Op.IN,
                new Expr.SetLit(List.of(new Expr.Str("established"), new Expr.Str("related")))),
                Stmt.Verdict.ACCEPT), ct.stmts());
        assertEquals(9, ct.handle());
        Rule ssh = out.rules().get(1);
        assertEquals(new Rule(List.of(
                eq(new Expr.Meta("oifname"), new Expr.Str("enp3s0")),
                eq(new Expr.Payload("ip", "daddr"), new Expr.Prefix(IpPrefix.parse("198.18.0.2"))),
                eq(TCP_DPORT, new Expr.Num(22)),
                new Stmt.Counter(0, 0), Stmt.Verdict.ACCEPT), "hello x", 10), ssh);
        assertEquals(List.of(eq(new Expr.Payload("ip", "saddr"), new Expr.SetRef("s4")),
                eq(TCP_DPORT, new Expr.SetRef("ports")), Stmt.Verdict.ACCEPT), out.rules().get(2).stmts());
        assertEquals(List.of(eq(new Expr.Meta("l4proto"), new Expr.SetLit(List.of(new Expr.Str("tcp"), new Expr.Str("udp")))),
                eq(new Expr.Payload("th", "dport"), new Expr.Range(new Expr.Num(1000), new Expr.Num(2000))),
                Stmt.Verdict.DROP), out.rules().get(3).stmts());
        assertEquals(List.of(new Stmt.Match(new Expr.Payload("ip", "daddr"), Op.NE,
                new Expr.Prefix(IpPrefix.parse("10.0.0.0/8"))), Stmt.Verdict.jump("fw_d")), out.rules().get(4).stmts());
        assertEquals(Stmt.Verdict.goTo("fw_d"), out.rules().get(5).stmts().get(1));
        assertEquals(new Stmt.Counter(10, 20), out.rules().get(18).stmts().get(1));
    }

    @Test
    void readsInterfaceNamesAsNamesEvenWithWildcards() {
        Chain out = inet().chain("out");
        assertEquals(eq(new Expr.Meta("iifname"), new Expr.Str("eth*")), out.rules().get(5).stmts().get(0));
    }

    @Test
    void readsLogLimitRejectMangleAndFlags() {
        List<Rule> rules = inet().chain("out").rules();
        assertEquals(List.of(eq(new Expr.And(new Expr.Meta("mark"), new Expr.Num(255)), new Expr.Num(1)),
                new Stmt.Log("pfx: ", null, null)), rules.get(6).stmts());
        assertEquals(new Stmt.Limit(10, "second", 5, false), rules.get(7).stmts().get(0));
        assertEquals(new Stmt.Limit(3, "minute", 5, true), rules.get(8).stmts().get(0));
        assertEquals(new Stmt.Reject("tcp reset", null), rules.get(9).stmts().get(1));
        assertEquals(new Stmt.Reject("icmpx", "admin-prohibited"), rules.get(10).stmts().get(1));
        assertEquals(new Stmt.Reject("icmp", "host-prohibited"), rules.get(11).stmts().get(1));
        assertEquals(new Stmt.Mangle(new Expr.Meta("mark"), new Expr.Num(5)), rules.get(13).stmts().get(0));
        assertEquals(new Stmt.Mangle(new Expr.Ct("mark", null), new Expr.Num(2)), rules.get(14).stmts().get(0));
        assertEquals(eq(new Expr.And(new Expr.Payload("tcp", "flags"),
                new Expr.SetLit(List.of(new Expr.Str("syn"), new Expr.Str("ack")))), new Expr.Str("syn")),
                rules.get(17).stmts().get(0));
        assertEquals(Stmt.Verdict.CONTINUE, rules.get(17).stmts().get(1));
    }

    @Test
    void readsNatAndNotrack() {
        Table t = inet();
        assertEquals(List.of(new Stmt.Notrack()), t.chain("pre").rules().get(0).stmts());
        assertEquals(new Stmt.Nat(Stmt.NatKind.MASQUERADE, null, null, null), t.chain("nat_post").rules().get(0).stmts().get(1));
        assertEquals(new Stmt.Nat(Stmt.NatKind.SNAT, "ip", new Expr.Prefix(IpPrefix.parse("1.2.3.4")), null),
                t.chain("nat_post").rules().get(1).stmts().get(1));
        List<Rule> pre = t.chain("nat_pre").rules();
        assertEquals(new Stmt.Nat(Stmt.NatKind.REDIRECT, null, null, new Expr.Num(8080)), pre.get(0).stmts().get(1));
        assertEquals(new Stmt.Nat(Stmt.NatKind.DNAT, "ip", new Expr.Prefix(IpPrefix.parse("10.0.0.2")), new Expr.Num(8080)),
                pre.get(1).stmts().get(2));
        assertEquals(new Stmt.Nat(Stmt.NatKind.DNAT, "ip6", new Expr.Prefix(IpPrefix.parse("::2")), new Expr.Num(8080)),
                pre.get(2).stmts().get(2));
    }

    @Test
    void keepsWhatItCannotModelAsRawJsonAndReadsFibAndMarkArithmetic() {
        Ruleset r = RulesetJsonReader.read(Samples.load("ip-unmodelled.json"));
        List<Rule> c = r.table(Family.IP, "portcullis_x").chain("c").rules();
        Rule fib = c.stream().filter(x -> x.stmts().getFirst() instanceof Stmt.Match m && m.left() instanceof Expr.Fib)
                .findFirst().orElseThrow();
        assertEquals(new Expr.Fib(List.of("daddr"), "type"), ((Stmt.Match) fib.stmts().getFirst()).left());
        assertEquals(new Expr.Str("local"), ((Stmt.Match) fib.stmts().getFirst()).right());
        assertTrue(c.stream().anyMatch(x -> x.stmts().getFirst() instanceof Stmt.Match m
                && m.left() instanceof Expr.Unknown u && u.raw().startsWith("{\"concat\":")));
        assertTrue(c.stream().anyMatch(x -> x.stmts().size() == 2 && x.stmts().get(1) instanceof Stmt.Mangle(var k, var v)
                && k.equals(new Expr.Meta("mark")) && v.equals(new Expr.Or(new Expr.Meta("mark"), new Expr.Num(16)))));
        List<Rule> n = r.table(Family.IP, "portcullis_x").chain("n").rules();
        assertEquals(new Stmt.Unsupported("{\"masquerade\":{\"flags\":[\"random\",\"persistent\"]}}"), n.get(1).stmts().get(0));
        assertInstanceOf(Stmt.Unsupported.class, n.get(3).stmts().get(0));
        assertEquals(new Stmt.Nat(Stmt.NatKind.SNAT, null,
                new Expr.Range(new Expr.Prefix(IpPrefix.parse("1.2.3.4")), new Expr.Prefix(IpPrefix.parse("1.2.3.8"))),
                new Expr.Range(new Expr.Num(1000), new Expr.Num(2000))), n.get(2).stmts().get(1));
    }

    @Test
    void readsRejectDefaultsAndLogVariantsAsTheKernelListsThem() {
        Ruleset r = RulesetJsonReader.read(Samples.load("ip-unmodelled.json"));
        List<Rule> c = r.table(Family.IP, "portcullis_x").chain("c").rules();
        assertTrue(c.stream().anyMatch(x -> x.stmts().equals(List.of(new Stmt.Reject("icmp", "port-unreachable")))));
        assertTrue(c.stream().anyMatch(x -> x.stmts().equals(List.of(new Stmt.Log(null, "info", null)))));
        assertTrue(c.stream().anyMatch(x -> x.stmts().equals(List.of(new Stmt.Log(null, null, 2)))));
        assertTrue(c.stream().anyMatch(x -> x.stmts().equals(List.of(new Stmt.Log(null, null, null)))));
        Table six = r.table(Family.IP6, "portcullis_y");
        assertEquals(List.of(eq(new Expr.Payload("ip6", "saddr"), new Expr.Prefix(IpPrefix.parse("2001:db8::/32"))),
                Stmt.Verdict.ACCEPT), six.chain("c").rules().get(0).stmts());
    }

    @Test
    void readsFlagListsAsAnyOfTheseFlagsOrAsOneCombinedValue() {
        Ruleset r = RulesetJsonReader.read(Samples.load("tcp-flags.json"));
        List<Rule> c = r.table(Family.INET, "t").chain("c").rules();
        Expr flags = new Expr.Payload("tcp", "flags");
        Expr synAck = new Expr.SetLit(List.of(new Expr.Str("syn"), new Expr.Str("ack")));
        assertEquals(eq(flags, new Expr.Num(18)), c.get(0).stmts().get(0));
        assertEquals(new Stmt.Match(flags, Op.IN, synAck), c.get(1).stmts().get(0));
        Stmt.Match masked = (Stmt.Match) c.get(2).stmts().get(0);
        assertEquals(new Expr.And(flags, synAck), masked.left());
        assertEquals(new Expr.Num(0x12), masked.right());
        assertEquals(new Stmt.Match(new Expr.Ct("state", null), Op.NE, new Expr.Num(0x06)), c.get(3).stmts().get(0));
        assertEquals(new Stmt.Match(flags, Op.NE, new Expr.Str("syn")), c.get(4).stmts().get(0));
    }

    @Test
    void refusesWhatIsNotAListing() {
        assertThrows(IllegalArgumentException.class, () -> RulesetJsonReader.read("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> RulesetJsonReader.read("{\"nftables\": [1]}"));
        assertThrows(IllegalArgumentException.class, () -> RulesetJsonReader.read("{\"nftables\": ["));
        assertEquals(Ruleset.EMPTY, RulesetJsonReader.read("{\"nftables\": [{\"metainfo\": {\"version\": \"1.0.6\"}}]}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RulesetJsonReader.read(
                "{\"nftables\": [{\"chain\": {\"family\": \"netdev\", \"table\": \"t\", \"name\": \"e\","
                        + " \"type\": \"filter\", \"hook\": \"egress\", \"prio\": 0, \"policy\": \"accept\"}}]}"));
        assertTrue(e.getMessage().contains("base chain e is not modelled"), e.getMessage());
    }

    @Test
    void readsBackTheAddCommandsTheWriterWrites() {
        Table t = inet();
        List<Chain> chains = t.chains().stream().map(c -> new Chain(c.name(), c.base(),
                c.rules().stream().map(r -> new Rule(r.stmts(), r.comment(), 0)).toList())).toList();
        Ruleset written = new Ruleset(List.of(new Table(t.family(), t.name(), t.sets(), chains)));
        assertEquals(written, RulesetJsonReader.read(RulesetJsonWriter.write(written)));
    }

    @Test
    void refusesCommandsThatRemoveOrReorder() {
        String delete = new JsonCommands().addTable(Family.IP, "t").deleteTable(Family.IP, "t").finish();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RulesetJsonReader.read(delete));
        assertTrue(e.getMessage().contains("not delete"), e.getMessage());
    }
}
