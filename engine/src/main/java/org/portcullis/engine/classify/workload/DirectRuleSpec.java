package org.portcullis.engine.classify.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/**
 * One generated direct rule: each field null (or -1) when unconstrained; {@code ports} is {port, -1},
 * {lo, hi} or a set of three.
 */
record DirectRuleSpec(String iif, IpPrefix src, IpPrefix dst, int protocol, int[] ports, boolean ctNew,
                      boolean counter, boolean log, Stmt verdict) {

    Rule toRule() {
        List<Stmt> s = new ArrayList<>();
        if (iif != null) {
            s.add(new Stmt.Match(new Expr.Meta("iifname"), Op.EQ, new Expr.Str(iif)));
        }
        if (src != null) {
            s.add(new Stmt.Match(new Expr.Payload("ip", "saddr"), Op.EQ, new Expr.Prefix(src)));
        }
        if (dst != null) {
            s.add(new Stmt.Match(new Expr.Payload("ip", "daddr"), Op.EQ, new Expr.Prefix(dst)));
        }
        if (protocol == IpProto.ICMP) {
            s.add(new Stmt.Match(new Expr.Payload("icmp", "type"), Op.EQ, new Expr.Str("echo-request")));
        } else if (protocol >= 0 && ports == null) {
            s.add(new Stmt.Match(new Expr.Meta("l4proto"), Op.EQ, new Expr.Num(protocol)));
        } else if (ports != null) {
            s.add(new Stmt.Match(new Expr.Payload(IpProto.name(protocol), "dport"), Op.EQ, portExpr()));
        }
        if (ctNew) {
            s.add(new Stmt.Match(new Expr.Ct("state", null), Op.IN, new Expr.Str("new")));
        }
        if (counter) {
            s.add(new Stmt.Counter(0, 0));
        }
        if (log) {
            s.add(new Stmt.Log("direct: ", null, null));
        }
        s.add(verdict);
        return new Rule(s);
    }

    private Expr portExpr() {
        if (ports.length == 3) {
            return new Expr.SetLit(List.of(new Expr.Num(ports[0]), new Expr.Num(ports[1]), new Expr.Num(ports[2])));
        }
        return ports[1] < 0 ? new Expr.Num(ports[0]) : new Expr.Range(new Expr.Num(ports[0]), new Expr.Num(ports[1]));
    }

    /** A packet this rule's matches admit (ct state aside). */
    Packet sample(Random r) {
        int proto = protocol >= 0 ? protocol : IpProto.TCP;
        int dport = ports == null ? 1 + r.nextInt(65535) : ports.length == 3 ? ports[r.nextInt(3)]
                : ports[1] < 0 ? ports[0] : ports[0] + r.nextInt(ports[1] - ports[0] + 1);
        String in = iif == null ? "eth0" : iif.endsWith("*") ? iif.substring(0, iif.length() - 1) + r.nextInt(8) : iif;
        IpAddress s = point(src, r);
        IpAddress d = point(dst, r);
        if (proto == IpProto.ICMP) {
            return new Packet(s, d, proto, 7, 7, 0, 8, 0, in, null, 0, 84, null);
        }
        return new Packet(s, d, proto, 1024 + r.nextInt(64000), dport, proto == IpProto.TCP ? 2 : 0, -1, -1, in, null, 0, 64, null);
    }

    private static IpAddress point(IpPrefix p, Random r) {
        if (p == null) {
            return IpAddress.v4(r.nextInt());
        }
        long host = p.length() == 32 ? 0 : r.nextLong() & ((1L << (32 - p.length())) - 1);
        return IpAddress.v4((int) (p.address().lo() | host));
    }
}
