package org.portcullis.engine.classify.workload;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/**
 * One ClassBench filter: source and destination prefixes, port ranges and a protocol under a mask. The
 * flags column is not carried over (the first-match answers of the traces ignore it).
 */
public record ClassBenchRule(IpPrefix src, IpPrefix dst, int sportLo, int sportHi, int dportLo, int dportHi,
                             int protocol, int protocolMask) {

    /** The rule as nftables would hold it: accept, with its position in the file as comment. */
    public Rule toRule(int index) {
        List<Stmt> stmts = new ArrayList<>();
        if (src.length() > 0) {
            stmts.add(new Stmt.Match(new Expr.Payload("ip", "saddr"), Op.EQ, new Expr.Prefix(src)));
        }
        if (dst.length() > 0) {
            stmts.add(new Stmt.Match(new Expr.Payload("ip", "daddr"), Op.EQ, new Expr.Prefix(dst)));
        }
        String transport = "th";
        if (protocolMask == 0xff) {
            transport = protocol == 6 ? "tcp" : protocol == 17 ? "udp" : "th";
            stmts.add(new Stmt.Match(new Expr.Payload("ip", "protocol"), Op.EQ, new Expr.Num(protocol)));
        } else if (protocolMask != 0) {
            stmts.add(new Stmt.Match(new Expr.And(new Expr.Payload("ip", "protocol"), new Expr.Num(protocolMask)),
                    Op.EQ, new Expr.Num(protocol & protocolMask)));
        }
        port(stmts, transport, "sport", sportLo, sportHi);
        port(stmts, transport, "dport", dportLo, dportHi);
        stmts.add(Stmt.Verdict.ACCEPT);
        return new Rule(stmts, "classbench " + index, 0);
    }

    private static void port(List<Stmt> stmts, String transport, String field, int lo, int hi) {
        if (lo == 0 && hi == 0xffff) {
            return;
        }
        Expr right = lo == hi ? new Expr.Num(lo) : new Expr.Range(new Expr.Num(lo), new Expr.Num(hi));
        stmts.add(new Stmt.Match(new Expr.Payload(transport, field), Op.EQ, right));
    }
}
