package org.portcullis.engine.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.portcullis.engine.IpProto;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/**
 * Reads a rule's guard from its matches before the first other statement: a failing match there ends the
 * rule with no effect. Only constraints whose failure the reference evaluator also reports as a certain
 * non-match are taken; anything else leaves the field unconstrained, so the rule stays a candidate.
 */
final class GuardReader {
    static final long PORT_MAX = 0xffff;
    static final long V4_MAX = 0xffffffffL;
    private static final Set<String> TRANSPORT = Set.of("tcp", "udp", "sctp", "udplite", "dccp", "th");
    private static final Set<String> PROTOCOL_META = Set.of("l4proto", "nfproto", "protocol");

    private final ProtocolProbe probe;

    GuardReader(ProtocolProbe probe) {
        this.probe = probe;
    }

    RuleGuard read(Rule rule) {
        ProtocolSet protocols = ProtocolSet.all();
        Intervals sport = null;
        Intervals dport = null;
        Intervals saddr = null;
        Intervals daddr = null;
        NameTest iif = null;
        NameTest oif = null;
        for (Stmt s : rule.stmts()) {
            if (!(s instanceof Stmt.Match m)) {
                break;
            }
            protocols = protocols.and(implied(m));
            switch (m.left()) {
                case Expr.Payload p when TRANSPORT.contains(p.protocol()) && p.field().equals("sport") ->
                        sport = and(sport, Values.numbers(m.op(), m.right(), PORT_MAX));
                case Expr.Payload p when TRANSPORT.contains(p.protocol()) && p.field().equals("dport") ->
                        dport = and(dport, Values.numbers(m.op(), m.right(), PORT_MAX));
                case Expr.Payload p when p.protocol().equals("ip") && p.field().equals("saddr") ->
                        saddr = and(saddr, Values.addresses(m.op(), m.right()));
                case Expr.Payload p when p.protocol().equals("ip") && p.field().equals("daddr") ->
                        daddr = and(daddr, Values.addresses(m.op(), m.right()));
                case Expr.Meta meta when meta.key().equals("iifname") || meta.key().equals("iif") ->
                        iif = iif != null ? iif : Values.names(m.op(), m.right());
                case Expr.Meta meta when meta.key().equals("oifname") || meta.key().equals("oif") ->
                        oif = oif != null ? oif : Values.names(m.op(), m.right());
                default -> {
                }
            }
        }
        return new RuleGuard(protocols.isAll() ? null : protocols, sport, dport, saddr, daddr, iif, oif);
    }

    private static Intervals and(Intervals a, Intervals b) {
        return a == null ? b : b == null ? a : a.intersect(b);
    }

    /** Family and protocol a match needs: a header of another protocol is absent, which never matches. */
    private ProtocolSet implied(Stmt.Match m) {
        return switch (m.left()) {
            case Expr.Payload p when p.protocol().equals("ip") || p.protocol().equals("ip6") ->
                    probeable(p) ? probe.allowed(m) : family(p.protocol().equals("ip6"));
            case Expr.Payload p when p.protocol().equals("th") -> protocols(IpProto::hasPorts);
            case Expr.Payload p when TRANSPORT.contains(p.protocol()) ->
                    protocols(x -> x == IpProto.byName(p.protocol()));
            case Expr.Payload p when p.protocol().equals("icmp") -> protocols(x -> x == IpProto.ICMP);
            case Expr.Payload p when p.protocol().equals("icmpv6") -> protocols(x -> x == IpProto.ICMPV6);
            case Expr.Meta meta when PROTOCOL_META.contains(meta.key()) -> probe.allowed(m);
            default -> ProtocolSet.all();
        };
    }

    private static boolean probeable(Expr.Payload p) {
        return p.field().equals("protocol") || p.field().equals("nexthdr");
    }

    private static ProtocolSet family(boolean v6) {
        java.util.BitSet b = new java.util.BitSet(ProtocolSet.SIZE);
        b.set(v6 ? 256 : 0, v6 ? 512 : 256);
        return new ProtocolSet(b);
    }

    private static ProtocolSet protocols(java.util.function.IntPredicate fits) {
        java.util.BitSet b = new java.util.BitSet(ProtocolSet.SIZE);
        for (int x = 0; x < 256; x++) {
            if (fits.test(x)) {
                b.set(ProtocolSet.key(false, x));
                b.set(ProtocolSet.key(true, x));
            }
        }
        return new ProtocolSet(b);
    }

    static List<Expr> elements(Expr right) {
        return right instanceof Expr.SetLit s ? s.elements() : new ArrayList<>(List.of(right));
    }

    static IpPrefix v4(Expr e) {
        IpPrefix p = e instanceof Expr.Prefix x ? x.prefix() : null;
        if (e instanceof Expr.Str s) {
            try {
                p = IpPrefix.parse(s.value());
            } catch (IllegalArgumentException ex) {
                return null;
            }
        }
        return p != null && !p.address().v6() ? p : null;
    }

    static boolean membership(Op op) {
        return op == Op.EQ || op == Op.IN || op == Op.NE;
    }
}
