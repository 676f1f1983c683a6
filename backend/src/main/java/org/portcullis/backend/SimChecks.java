package org.portcullis.backend;

import java.util.HashSet;
import java.util.Set;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * The checks a transaction fails in nft or the kernel: names unique, jump targets and sets present, a
 * {@code reject with tcp reset} only in a rule for TCP, and statements only on the hooks they are allowed
 * on ({@link HookChecks}).
 */
final class SimChecks {
    private SimChecks() {
    }

    static void requireResolved(Ruleset r) {
        for (Table t : r.tables()) {
            Set<String> chains = new HashSet<>();
            for (Chain c : t.chains()) {
                if (!chains.add(c.name())) {
                    throw new IllegalArgumentException("chain " + c.name() + " defined twice in table " + t.name());
                }
            }
            Set<String> sets = new HashSet<>();
            for (NamedSet s : t.sets()) {
                if (!sets.add(s.name())) {
                    throw new IllegalArgumentException("set " + s.name() + " defined twice in table " + t.name());
                }
            }
            for (Chain c : t.chains()) {
                for (Rule rule : c.rules()) {
                    for (Stmt s : rule.stmts()) {
                        check(t, c, s, chains, sets);
                    }
                    requireTcpForReset(t, c, rule);
                }
            }
            HookChecks.check(t);
        }
    }

    private static void check(Table t, Chain c, Stmt s, Set<String> chains, Set<String> sets) {
        if (s instanceof Stmt.Verdict(var kind, String target) && target != null && !chains.contains(target)) {
            throw new IllegalArgumentException("Could not process rule: No such file or directory: "
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + target + " in chain " + c.name()
                    + " of table " + t.name());
        }
        if (s instanceof Stmt.Match(Expr left, var op, Expr right)) {
            for (Expr e : new Expr[] {left, right}) {
                if (e instanceof Expr.SetRef(String name) && !sets.contains(name)) {
                    throw new IllegalArgumentException("Could not process rule: No such file or directory: set @"
                            + name + " in chain " + c.name() + " of table " + t.name());
                }
            }
        }
    }

    /**
     * nft answers a tcp reset in a rule whose matches settled another transport protocol (by {@code meta l4proto},
     * {@code ip protocol}, {@code ip6 nexthdr} or a field of another protocol's header), or a set of protocols,
     * with "you cannot use tcp reset with this protocol".
     */
    private static void requireTcpForReset(Table t, Chain c, Rule rule) {
        String transport = null;
        for (Stmt s : rule.stmts()) {
            if (s instanceof Stmt.Match m && (m.op() == Op.EQ || m.op() == Op.IN)) {
                String p = transport(m);
                transport = p != null ? p : transport;
            }
            if (s instanceof Stmt.Reject(String type, String code) && "tcp reset".equals(type)
                    && transport != null && !transport.equals("tcp") && !transport.equals("6")) {
                throw new IllegalArgumentException("Error: you cannot use tcp reset with this protocol (" + transport
                        + ") in chain " + c.name() + " of table " + t.name());
            }
        }
    }

    /** The transport protocol a match settles, or null. */
    private static String transport(Stmt.Match m) {
        return switch (m.left()) {
            case Expr.Meta(String key) when key.equals("l4proto") -> value(m.right());
            case Expr.Payload(String proto, String field) when proto.equals("ip") && field.equals("protocol")
                    || proto.equals("ip6") && field.equals("nexthdr") -> value(m.right());
            case Expr.Payload(String proto, String field) when !proto.equals("ip") && !proto.equals("ip6")
                    && !proto.equals("ether") && !proto.equals("th") -> proto;
            default -> null;
        };
    }

    private static String value(Expr e) {
        return switch (e) {
            case Expr.Str(String v) -> v;
            case Expr.Num(long v) -> Long.toString(v);
            case Expr.SetLit(var elements) -> elements.size() == 1 ? value(elements.get(0)) : "a set of protocols";
            default -> null;
        };
    }
}
