package org.portcullis.nft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class NftTextTest {

    private static Ruleset oneChain(String chain, Rule... rules) {
        return new Ruleset(List.of(new Table(Family.INET, "portcullis", List.of(),
                List.of(new Chain(chain, new BaseHook(ChainType.FILTER, Hook.OUTPUT, 0, ChainPolicy.ACCEPT),
                        List.of(rules))))));
    }

    @Test
    void writesBlockFormWithSetsBaseChainsAndQuotedInterfaceNames() {
        Ruleset r = new Ruleset(List.of(new Table(Family.INET, "portcullis",
                List.of(new NamedSet("allowed", "ipv4_addr", true, List.of(new Expr.Prefix(IpPrefix.parse("198.18.0.0/24"))))),
                List.of(new Chain("out", new BaseHook(ChainType.FILTER, Hook.OUTPUT, -150, ChainPolicy.DROP), List.of(
                        new Rule(List.of(new Stmt.Match(new Expr.Ct("state", null), Op.IN,
                                new Expr.SetLit(List.of(new Expr.Str("established"), new Expr.Str("related")))),
                                Stmt.Verdict.ACCEPT)),
                        new Rule(List.of(new Stmt.Match(new Expr.Meta("oifname"), Op.EQ, new Expr.Str("enp3s0")),
                                new Stmt.Match(new Expr.Payload("ip", "daddr"), Op.EQ, new Expr.SetRef("allowed")),
                                new Stmt.Match(new Expr.Payload("tcp", "dport"), Op.EQ,
                                        new Expr.SetLit(List.of(new Expr.Num(22), new Expr.Num(443)))),
                                Stmt.Verdict.jump("allow_out")), "seed rule", 0))),
                        new Chain("allow_out", null, List.of(new Rule(List.of(new Stmt.Counter(0, 0), Stmt.Verdict.ACCEPT))))))));
        assertEquals("""
                table inet portcullis {
                \tset allowed {
                \t\ttype ipv4_addr
                \t\tflags interval
                \t\telements = { 198.18.0.0/24 }
                \t}
                \tchain out {
                \t\ttype filter hook output priority -150; policy drop;
                \t\tct state established,related accept
                \t\tmeta oifname == "enp3s0" ip daddr == @allowed tcp dport == { 22, 443 } jump allow_out comment "seed rule"
                \t}
                \tchain allow_out {
                \t\tcounter packets 0 bytes 0 accept
                \t}
                }
                """, NftText.render(r));
    }

    @Test
    void writesMasksFlagsNatAndRejects() {
        assertEquals("tcp flags & (syn|ack) == syn", NftText.rule(new Rule(List.of(new Stmt.Match(
                new Expr.And(new Expr.Payload("tcp", "flags"), new Expr.SetLit(List.of(new Expr.Str("syn"), new Expr.Str("ack")))),
                Op.EQ, new Expr.Str("syn"))))));
        assertEquals("dnat ip6 to [::2]:8080", NftText.rule(new Rule(List.of(new Stmt.Nat(Stmt.NatKind.DNAT, "ip6",
                new Expr.Prefix(IpPrefix.parse("::2")), new Expr.Num(8080))))));
        assertEquals("masquerade to :1024-2000", NftText.rule(new Rule(List.of(new Stmt.Nat(Stmt.NatKind.MASQUERADE, null,
                null, new Expr.Range(new Expr.Num(1024), new Expr.Num(2000)))))));
        assertEquals("reject with tcp reset", NftText.rule(new Rule(List.of(new Stmt.Reject("tcp reset", null)))));
        assertEquals("reject with icmpx admin-prohibited",
                NftText.rule(new Rule(List.of(new Stmt.Reject("icmpx", "admin-prohibited")))));
        assertEquals("limit rate over 3/minute burst 5 packets drop",
                NftText.rule(new Rule(List.of(new Stmt.Limit(3, "minute", 5, true), Stmt.Verdict.DROP))));
        assertEquals("ct original ip saddr == 1.2.3.4 meta mark set 5", NftText.rule(new Rule(List.of(
                new Stmt.Match(new Expr.Ct("ip saddr", "original"), Op.EQ, new Expr.Prefix(IpPrefix.parse("1.2.3.4"))),
                new Stmt.Mangle(new Expr.Meta("mark"), new Expr.Num(5))))));
    }

    @Test
    void refusesWhatWasNotModelled() {
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("out",
                new Rule(List.of(new Stmt.Unsupported("{\"queue\":null}"))))));
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("out",
                new Rule(List.of(new Stmt.Match(new Expr.Unknown("{\"fib\":{}}"), Op.EQ, new Expr.Str("local")))))));
    }

    @Test
    void refusesNamesAndStringsTheTextSyntaxCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("fwd")));
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("out",
                new Rule(List.of(Stmt.Verdict.jump("accept"))))));
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("out",
                new Rule(List.of(Stmt.Verdict.ACCEPT), "say \"hi\"", 0))));
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("a b")));
        assertThrows(IllegalArgumentException.class, () -> NftText.render(oneChain("out", new Rule(List.of()))));
    }

    @Test
    void reservedWordsAreNotWritableButOrdinaryNamesAre() {
        assertFalse(NftNames.isWritable("fwd"));
        assertFalse(NftNames.isWritable("tcp"));
        assertFalse(NftNames.isWritable("1x"));
        assertTrue(NftNames.isWritable("FWD"));
        assertTrue(NftNames.isWritable("IN_public_allow"));
        assertTrue(NftNames.isWritable("filter_OUTPUT"));
    }
}
