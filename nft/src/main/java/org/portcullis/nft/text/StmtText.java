package org.portcullis.nft.text;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** Writes statements in nft text syntax. */
final class StmtText {
    private StmtText() {
    }

    static String write(Stmt s) {
        return switch (s) {
            case Stmt.Match(Expr left, var op, Expr right) -> {
                boolean names = ExprText.holdsNames(left);
                String l = ExprText.write(left, false);
                yield switch (op) {
                    case IN -> l + " " + ExprText.flags(right, names, ",", "", "");
                    case EQ, NE, LT, GT, LE, GE -> l + " " + op.symbol() + " " + ExprText.write(right, names);
                };
            }
            case Stmt.Counter(long packets, long bytes) -> "counter packets " + packets + " bytes " + bytes;
            case Stmt.Log(String prefix, String level, Integer group, Integer threshold) ->
                    log(prefix, level, group, threshold);
            case Stmt.Limit(long rate, String per, long burst, boolean over) ->
                    "limit rate " + (over ? "over " : "") + rate + "/" + ExprText.word(per)
                            + (burst > 0 ? " burst " + burst + " packets" : "");
            case Stmt.Reject(String type, String code) -> reject(type, code);
            case Stmt.Nat nat -> NatText.write(nat);
            case Stmt.Mangle(Expr key, Expr value) -> mangleKey(key) + " set " + ExprText.write(value, false);
            case Stmt.Notrack n -> "notrack";
            case Stmt.Verdict(var kind, String target) -> switch (kind) {
                case ACCEPT -> "accept";
                case DROP -> "drop";
                case CONTINUE -> "continue";
                case RETURN -> "return";
                case JUMP -> "jump " + NftNames.checked("chain", target);
                case GOTO -> "goto " + NftNames.checked("chain", target);
            };
            case Stmt.Unsupported u -> throw new IllegalArgumentException("cannot write an unsupported statement: "
                    + u.raw());
        };
    }

    private static String mangleKey(Expr key) {
        return switch (key) {
            case Expr.Meta m -> ExprText.write(m, false);
            case Expr.Ct c -> ExprText.write(c, false);
            case Expr.Payload p -> ExprText.write(p, false);
            case Expr.TcpOption o -> ExprText.write(o, false);
            case Expr.Str s -> throw badKey(key);
            case Expr.Num n -> throw badKey(key);
            case Expr.Prefix p -> throw badKey(key);
            case Expr.Range r -> throw badKey(key);
            case Expr.SetLit l -> throw badKey(key);
            case Expr.SetRef r -> throw badKey(key);
            case Expr.And a -> throw badKey(key);
            case Expr.Or o -> throw badKey(key);
            case Expr.Xor x -> throw badKey(key);
            case Expr.Fib f -> throw badKey(key);
            case Expr.Bool b -> throw badKey(key);
            case Expr.Rt r -> throw badKey(key);
            case Expr.Unknown u -> throw badKey(key);
        };
    }

    private static IllegalArgumentException badKey(Expr key) {
        return new IllegalArgumentException("cannot set " + key);
    }

    private static String log(String prefix, String level, Integer group, Integer threshold) {
        StringBuilder sb = new StringBuilder("log");
        if (prefix != null) {
            sb.append(" prefix ").append(ExprText.quote(prefix));
        }
        if (level != null) {
            sb.append(" level ").append(ExprText.word(level));
        }
        if (group != null) {
            sb.append(" group ").append(group);
        }
        if (threshold != null) {
            sb.append(" queue-threshold ").append(threshold);
        }
        return sb.toString();
    }

    private static String reject(String type, String code) {
        if (type == null) {
            return "reject";
        }
        if (type.equals("tcp reset")) {
            return "reject with tcp reset";
        }
        return "reject with " + ExprText.word(type) + (code == null ? "" : " " + ExprText.word(code));
    }
}
