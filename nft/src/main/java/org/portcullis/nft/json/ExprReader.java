package org.portcullis.nft.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;

/** Maps libnftables JSON expressions to the IR; what it cannot map exactly becomes {@link Expr.Unknown}. */
final class ExprReader {
    private static final Set<String> NAME_KEYS = Set.of("iifname", "oifname", "ibrname", "obrname", "iifkind",
            "oifkind", "sdifname");

    private ExprReader() {
    }

    static boolean holdsNames(Expr left) {
        return left instanceof Expr.Meta(String key) && NAME_KEYS.contains(key);
    }

    /** Reads an expression; with {@code names}, strings are names and never addresses. */
    static Expr read(Json j, boolean names) {
        return read(j, names, false);
    }

    /**
     * Reads an expression; with {@code flags}, a bare JSON array (flags OR-ed together, as the right side of
     * an implicit flag match or a mask) is read as a {@link Expr.SetLit}. Elsewhere a bare array means one
     * OR-ed value, which the IR does not model.
     */
    static Expr read(Json j, boolean names, boolean flags) {
        try {
            if (flags && j instanceof Json.JArray(var items)) {
                return new Expr.SetLit(list(items, names));
            }
            return exact(j, names);
        } catch (NotModelled | IllegalArgumentException e) {
            return new Expr.Unknown(j.toString());
        }
    }

    private static Expr exact(Json j, boolean names) {
        return switch (j) {
            case Json.JString(String s) -> constant(s, names);
            case Json.JNumber n -> NotModelled.unless(n.integral(), new Expr.Num(n.value()));
            case Json.JArray a -> throw new NotModelled();
            case Json.JObject o -> object(o, names);
            case Json.JBool(boolean value) -> new Expr.Bool(value);
            case Json.JNull n -> throw new NotModelled();
        };
    }

    private static Expr constant(String s, boolean names) {
        if (s.startsWith("@")) {
            return new Expr.SetRef(s.substring(1));
        }
        if (!names && IpAddress.isValid(s)) {
            return new Expr.Prefix(IpPrefix.host(IpAddress.parse(s)));
        }
        return new Expr.Str(s);
    }

    private static List<Expr> list(List<Json> items, boolean names) {
        List<Expr> out = new ArrayList<>(items.size());
        for (Json i : items) {
            out.add(exact(i, names));
        }
        return out;
    }

    private static Expr object(Json.JObject o, boolean names) {
        String kind = Fields.soleKey(o);
        if (kind == null) {
            throw new NotModelled();
        }
        Json body = o.get(kind);
        return switch (kind) {
            case "payload" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("protocol", "field"));
                yield new Expr.Payload(Fields.string(b, "protocol"), Fields.string(b, "field"));
            }
            case "meta" -> new Expr.Meta(Fields.string(Fields.only(Fields.object(body), Set.of("key")), "key"));
            case "ct" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("key", "dir"));
                yield new Expr.Ct(Fields.string(b, "key"), Fields.optString(b, "dir"));
            }
            case "prefix" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("addr", "len"));
                yield new Expr.Prefix(new IpPrefix(IpAddress.parse(Fields.string(b, "addr")),
                        (int) Fields.number(b, "len")));
            }
            case "range" -> {
                List<Expr> ends = pair(body, names);
                yield new Expr.Range(ends.get(0), ends.get(1));
            }
            case "set" -> body instanceof Json.JArray(var items)
                    ? new Expr.SetLit(list(items, names))
                    : new Expr.SetLit(List.of(exact(body, names)));
            case "&" -> {
                if (body instanceof Json.JArray(var items) && items.size() == 2) {
                    Expr mask = read(items.get(1), names, true);
                    NotModelled.unless(!(mask instanceof Expr.Unknown), mask);
                    yield new Expr.And(exact(items.get(0), names), mask);
                }
                throw new NotModelled();
            }
            case "|" -> {
                List<Expr> sides = pair(body, names);
                yield new Expr.Or(sides.get(0), sides.get(1));
            }
            case "^" -> {
                List<Expr> sides = pair(body, names);
                yield new Expr.Xor(sides.get(0), sides.get(1));
            }
            case "fib" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("result", "flags"));
                List<String> flags = new ArrayList<>();
                if (b.get("flags") instanceof Json.JArray(var items)) {
                    for (Json i : items) {
                        flags.add(i instanceof Json.JString(String f) ? f : NotModelled.fail());
                    }
                } else if (b.get("flags") instanceof Json.JString(String f)) {
                    flags.add(f);
                }
                yield new Expr.Fib(flags, Fields.string(b, "result"));
            }
            case "tcp option" -> {
                Json.JObject b = Fields.only(Fields.object(body), Set.of("name", "field"));
                yield new Expr.TcpOption(Fields.string(b, "name"), Fields.string(b, "field"));
            }
            case "rt" -> new Expr.Rt(Fields.string(Fields.only(Fields.object(body), Set.of("key")), "key"));
            default -> throw new NotModelled();
        };
    }

    private static List<Expr> pair(Json body, boolean names) {
        if (body instanceof Json.JArray(var items) && items.size() == 2) {
            return list(items, names);
        }
        throw new NotModelled();
    }
}
