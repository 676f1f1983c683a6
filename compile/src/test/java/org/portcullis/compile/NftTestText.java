package org.portcullis.compile;

import java.util.List;
import java.util.stream.Collectors;

import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Renders the intermediate form as nft text for golden tests and for loading into a test namespace. */
public final class NftTestText {
    private NftTestText() {
    }

    public static String ruleset(Ruleset rs) {
        return rs.tables().stream().map(NftTestText::table).collect(Collectors.joining());
    }

    public static String table(Table t) {
        StringBuilder sb = new StringBuilder("table " + t.family().nftName() + " " + t.name() + " {\n");
        for (Chain c : t.chains()) {
            sb.append("\tchain ").append(c.name()).append(" {\n");
            if (c.isBase()) {
                BaseHook b = c.base();
                sb.append("\t\ttype ").append(b.type().nftName()).append(" hook ").append(b.hook().nftName())
                        .append(" priority ").append(b.priority()).append("; policy ").append(b.policy().nftName())
                        .append(";\n");
            }
            for (Rule r : c.rules()) {
                sb.append("\t\t").append(rule(r)).append('\n');
            }
            sb.append("\t}\n");
        }
        return sb.append("}\n").toString();
    }

    public static String rule(Rule r) {
        String body = r.stmts().stream().map(NftTestText::stmt).collect(Collectors.joining(" "));
        return r.comment() == null ? body : body + " comment \"" + r.comment() + "\"";
    }

    public static String rules(List<Rule> rules) {
        return rules.stream().map(NftTestText::rule).collect(Collectors.joining("\n"));
    }

    static String stmt(Stmt s) {
        return switch (s) {
            case Stmt.Match m -> expr(m.left()) + op(m.left(), m.op()) + value(m.left(), m.right());
            case Stmt.Counter c -> "counter";
            case Stmt.Log l -> "log" + (l.prefix() == null ? "" : " prefix \"" + l.prefix() + "\"")
                    + (l.level() == null ? "" : " level " + l.level())
                    + (l.group() == null ? "" : " group " + l.group());
            case Stmt.Limit l -> "limit rate " + (l.over() ? "over " : "") + l.rate() + "/" + l.per()
                    + " burst " + l.burst() + " packets";
            case Stmt.Reject r -> "reject" + (r.type() == null ? ""
                    : r.code() == null ? " with " + r.type() : " with " + r.type() + " type " + r.code());
            case Stmt.Nat n -> n.kind().name().toLowerCase() + nat(n);
            case Stmt.Mangle m -> expr(m.key()) + " set " + expr(m.value());
            case Stmt.Notrack n -> "notrack";
            case Stmt.Verdict v -> v.kind().name().toLowerCase() + (v.target() == null ? "" : " " + v.target());
            case Stmt.Unsupported u -> "# " + u.raw();
        };
    }

    private static String nat(Stmt.Nat n) {
        if (n.addr() == null && n.port() == null) {
            return "";
        }
        return " to " + (n.addr() == null ? "" : natAddr(n.addr(), n.port() != null))
                + (n.port() == null ? "" : ":" + expr(n.port()));
    }

    private static String natAddr(Expr addr, boolean withPort) {
        if (!withPort) {
            return expr(addr);
        }
        if (addr instanceof Expr.Range r) {
            return natAddr(r.lo(), true) + "-" + natAddr(r.hi(), true);
        }
        if (addr instanceof Expr.Prefix p && p.prefix().address().v6()) {
            return "[" + expr(p) + "]";
        }
        return expr(addr);
    }

    private static String op(Expr left, Op op) {
        return switch (op) {
            case EQ -> left instanceof Expr.And ? " == " : " ";
            case IN -> " ";
            case NE, LT, GT, LE, GE -> " " + op.symbol() + " ";
        };
    }

    private static String value(Expr left, Expr right) {
        if (left instanceof Expr.Meta m && (m.key().equals("iifname") || m.key().equals("oifname"))
                && right instanceof Expr.Str s) {
            return "\"" + s.value() + "\"";
        }
        return expr(right);
    }

    static String expr(Expr e) {
        return switch (e) {
            case Expr.Payload p -> p.protocol() + " " + p.field();
            case Expr.Meta m -> "meta " + m.key();
            case Expr.Ct c -> "ct " + (c.dir() == null ? "" : c.dir() + " ") + c.key();
            case Expr.Str s -> s.value();
            case Expr.Num n -> Long.toString(n.value());
            case Expr.Prefix p -> p.prefix().toString();
            case Expr.Range r -> expr(r.lo()) + "-" + expr(r.hi());
            case Expr.SetLit s -> s.elements().stream().map(NftTestText::expr)
                    .collect(Collectors.joining(", ", "{ ", " }"));
            case Expr.SetRef r -> "@" + r.name();
            case Expr.And a -> expr(a.left()) + " & " + expr(a.mask());
            case Expr.Or o -> expr(o.left()) + " | " + expr(o.right());
            case Expr.Xor x -> expr(x.left()) + " ^ " + expr(x.right());
            case Expr.Fib f -> "fib " + String.join(" . ", f.flags()) + " " + f.result();
            case Expr.Bool b -> b.value() ? "exists" : "missing";
            case Expr.TcpOption o -> "tcp option " + o.name() + " " + o.field();
            case Expr.Rt r -> "rt " + r.key();
            case Expr.Unknown u -> u.raw();
        };
    }
}
