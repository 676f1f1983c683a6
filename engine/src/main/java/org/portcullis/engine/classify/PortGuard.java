package org.portcullis.engine.classify;

import java.util.HashSet;
import java.util.Set;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/**
 * The destination ports a rule can match at all, read from the matches before its first other statement
 * (a failing match there ends the rule with no effect). Null when the rule has no such guard.
 */
final class PortGuard {
    private static final Set<String> PORT_PROTOCOLS = Set.of("tcp", "udp", "sctp", "udplite", "dccp", "th");

    private PortGuard() {
    }

    static Set<Integer> of(Rule rule) {
        for (Stmt s : rule.stmts()) {
            if (!(s instanceof Stmt.Match m)) {
                return null;
            }
            Set<Integer> ports = ports(m);
            if (ports != null) {
                return ports;
            }
        }
        return null;
    }

    private static Set<Integer> ports(Stmt.Match m) {
        if (!(m.left() instanceof Expr.Payload p) || !p.field().equals("dport") || !PORT_PROTOCOLS.contains(p.protocol())
                || (m.op() != Op.EQ && m.op() != Op.IN)) {
            return null;
        }
        Set<Integer> out = new HashSet<>();
        if (m.right() instanceof Expr.Num n) {
            out.add((int) n.value());
            return out;
        }
        if (m.right() instanceof Expr.SetLit set) {
            for (Expr e : set.elements()) {
                if (!(e instanceof Expr.Num n)) {
                    return null;
                }
                out.add((int) n.value());
            }
            return out;
        }
        return null;
    }
}
