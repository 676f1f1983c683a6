package org.portcullis.nft.json;

import java.util.Set;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/** Maps libnftables JSON statements to the IR; what it cannot map exactly becomes {@link Stmt.Unsupported}. */
final class StmtReader {
    private StmtReader() {
    }

    static Stmt read(Json j) {
        try {
            return exact(Fields.object(j));
        } catch (NotModelled | IllegalArgumentException e) {
            return new Stmt.Unsupported(j.toString());
        }
    }

    private static Stmt exact(Json.JObject o) {
        String kind = Fields.soleKey(o);
        if (kind == null) {
            throw new NotModelled();
        }
        Json body = o.get(kind);
        return switch (kind) {
            case "match" -> match(Fields.only(Fields.object(body), Set.of("op", "left", "right")));
            case "counter" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("packets", "bytes"));
                yield new Stmt.Counter(Fields.number(b, "packets"), Fields.number(b, "bytes"));
            }
            case "log" -> {
                Json.JObject b = Fields.only(Fields.objectOrEmpty(body), Set.of("prefix", "level", "group",
                        "queue-threshold"));
                Integer group = b.get("group") == null ? null : (int) Fields.number(b, "group");
                Integer threshold = b.get("queue-threshold") == null ? null
                        : (int) Fields.number(b, "queue-threshold");
                yield new Stmt.Log(Fields.optString(b, "prefix"), Fields.optString(b, "level"), group, threshold);
            }
            case "limit" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("rate", "per", "burst", "inv"));
                yield new Stmt.Limit(Fields.number(b, "rate"), Fields.string(b, "per"),
                        b.get("burst") == null ? 0 : Fields.number(b, "burst"), Fields.flag(b, "inv"));
            }
            case "reject" -> {
                Json.JObject b = Fields.only(Fields.objectOrEmpty(body), Set.of("type", "expr"));
                yield new Stmt.Reject(Fields.optString(b, "type"), Fields.optString(b, "expr"));
            }
            case "snat" -> nat(Stmt.NatKind.SNAT, body);
            case "dnat" -> nat(Stmt.NatKind.DNAT, body);
            case "masquerade" -> nat(Stmt.NatKind.MASQUERADE, body);
            case "redirect" -> nat(Stmt.NatKind.REDIRECT, body);
            case "mangle" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("key", "value"));
                Expr key = ExprReader.read(b.get("key"), false);
                NotModelled.unless(!(key instanceof Expr.Unknown), key);
                yield new Stmt.Mangle(key, ExprReader.read(b.get("value"), false));
            }
            case "notrack" -> NotModelled.unless(body instanceof Json.JNull, new Stmt.Notrack());
            case "accept" -> bare(body, Stmt.Verdict.ACCEPT);
            case "drop" -> bare(body, Stmt.Verdict.DROP);
            case "continue" -> bare(body, Stmt.Verdict.CONTINUE);
            case "return" -> bare(body, Stmt.Verdict.RETURN);
            case "jump" -> Stmt.Verdict.jump(target(body));
            case "goto" -> Stmt.Verdict.goTo(target(body));
            default -> throw new NotModelled();
        };
    }

    private static Stmt match(Json.JObject b) {
        Op op = Op.fromSymbol(Fields.string(b, "op"));
        Expr left = ExprReader.read(b.get("left"), false);
        Expr right = ExprReader.read(b.get("right"), ExprReader.holdsNames(left), op == Op.IN);
        if (right instanceof Expr.Unknown || right instanceof Expr.Or) {
            Expr.Num combined = FlagBits.fold(left, b.get("right"));
            if (combined != null) {
                right = combined;
            }
        }
        return new Stmt.Match(left, op, right);
    }

    private static Stmt nat(Stmt.NatKind kind, Json body) {
        Json.JObject b = Fields.only(Fields.objectOrEmpty(body), Set.of("family", "addr", "port"));
        Expr addr = b.get("addr") == null ? null : ExprReader.read(b.get("addr"), false);
        Expr port = b.get("port") == null ? null : ExprReader.read(b.get("port"), false);
        return new Stmt.Nat(kind, Fields.optString(b, "family"), addr, port);
    }

    private static Stmt bare(Json body, Stmt.Verdict v) {
        return NotModelled.unless(body instanceof Json.JNull, v);
    }

    private static String target(Json body) {
        return Fields.string(Fields.only(Fields.object(body), Set.of("target")), "target");
    }
}
