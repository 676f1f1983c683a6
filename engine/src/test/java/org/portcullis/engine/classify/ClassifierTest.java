package org.portcullis.engine.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Ir;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Family;

class ClassifierTest {
    private static final IpAddress A = IpAddress.parse("10.0.0.1");
    private static final IpAddress B = IpAddress.parse("10.1.2.3");

    private static Chain chain(Rule... rules) {
        return Ir.filter("in", Hook.INPUT, 0, ChainPolicy.ACCEPT, rules);
    }

    private static Classifier classifier(Chain c) {
        return new Classifier(Ir.ruleset(Ir.table(Family.IP, "t", c)));
    }

    @Test
    void findsTheOnlyCandidateAmongManyRulesWithoutVisitingTheOthers() {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rules.add(Ir.rule(Ir.eq(Ir.payload("ip", "saddr"), Ir.prefix("10.0." + (i / 250) + "." + (i % 250) + "/32")),
                    Ir.eq(Ir.payload("tcp", "dport"), Ir.num(1000 + i)), Stmt.Verdict.ACCEPT));
        }
        Chain c = chain(rules.toArray(Rule[]::new));
        Classifier k = classifier(c);
        Packet p = Packet.tcp(IpAddress.parse("10.0.5.17"), 5, B, 1000 + 5 * 250 + 17, TcpFlags.SYN);
        assertEquals(5 * 250 + 17, k.next(c, 0, p));
        assertEquals(2000, k.next(c, 5 * 250 + 18, p));
        assertEquals(2000, k.next(c, 0, p.withPorts(5, 999)));
    }

    @Test
    void rulesWithEffectsBeforeTheirMatchesStayCandidates() {
        Chain c = chain(Ir.rule(Ir.counter(), Ir.tcpDport(22), Stmt.Verdict.ACCEPT), Ir.rule(Ir.tcpDport(22), Stmt.Verdict.DROP));
        Packet p = Packet.tcp(A, 5, B, 80, TcpFlags.SYN);
        assertEquals(0, classifier(c).next(c, 0, p));
        assertEquals(2, classifier(c).next(c, 1, p));
    }

    @Test
    void portRangesPrefixesProtocolsAndInterfacesAreCut() {
        Chain c = chain(
                Ir.rule(Ir.match(Ir.payload("th", "dport"), Op.NE, new Expr.Range(Ir.num(1), Ir.num(1023))), Stmt.Verdict.DROP),
                Ir.rule(Ir.eq(Ir.payload("ip", "daddr"), Ir.prefix("10.1.0.0/16")), Ir.eq(Ir.meta("l4proto"), Ir.str("udp")), Stmt.Verdict.DROP),
                Ir.rule(Ir.iifname("eth*"), Stmt.Verdict.DROP),
                Ir.rule(Ir.eq(Ir.meta("skuid"), Ir.num(0)), Stmt.Verdict.DROP));
        Classifier k = classifier(c);
        Packet tcp = Packet.tcp(A, 5, B, 80, TcpFlags.SYN);
        assertEquals(3, k.next(c, 0, tcp));
        assertEquals(0, k.next(c, 0, tcp.withPorts(5, 8080)));
        assertEquals(1, k.next(c, 0, Packet.udp(A, 5, B, 53)));
        assertEquals(2, k.next(c, 0, tcp.withIif("eth1")));
        assertEquals(3, k.next(c, 0, Packet.icmp(A, B, 8, 0, 1)));
        assertEquals(IpProto.ICMP, Packet.icmp(A, B, 8, 0, 1).protocol());
    }

    @Test
    void valuesOutsideAFieldsRangeAreNotCut() {
        Chain c = chain(Ir.rule(Ir.match(Ir.payload("sctp", "sport"), Op.NE, Ir.num(65535)), Stmt.Verdict.DROP));
        Packet p = new Packet(A, B, IpProto.SCTP, 65536, 80, 0, -1, -1, null, null, 0, 60, null);
        assertEquals(0, classifier(c).next(c, 0, p));
        assertEquals(0, classifier(c).next(c, 0, p.withPorts(-1, 80)));
        assertEquals(1, classifier(c).next(c, 0, p.withPorts(65535, 80)));
    }

    @Test
    void aChainWithoutRulesHasNoCandidates() {
        Chain c = chain();
        assertEquals(0, classifier(c).next(c, 0, Packet.tcp(A, 5, B, 80, TcpFlags.SYN)));
        assertEquals(List.of(), new Ruleset(List.of()).tables());
    }
}
