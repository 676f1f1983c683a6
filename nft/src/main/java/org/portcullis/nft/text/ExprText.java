package org.portcullis.nft.text;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.portcullis.nft.Expr;

/** Writes expressions in nft text syntax. */
final class ExprText {
    private static final Set<String> NAME_KEYS = Set.of("iifname", "oifname", "ibrname", "obrname", "iifkind",
            "oifkind", "sdifname");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    private ExprText() {
    }

    /** Whether string constants compared with {@code left} are names that must be quoted. */
    static boolean holdsNames(Expr left) {
        return left instanceof Expr.Meta(String key) && NAME_KEYS.contains(key);
    }

    static String write(Expr e, boolean quoted) {
        return switch (e) {
            case Expr.Payload(String protocol, String field) -> word(protocol) + " " + word(field);
            case Expr.Meta(String key) -> "meta " + word(key);
            case Expr.Ct(String key, String dir) -> dir == null ? "ct " + ctKey(key) : "ct " + word(dir) + " " + ctKey(key);
            case Expr.Str(String value) -> quoted || !SYMBOL.matcher(value).matches() ? quote(value) : value;
            case Expr.Num(long value) -> Long.toUnsignedString(value);
            case Expr.Prefix(var prefix) -> prefix.toString();
            case Expr.Range(Expr lo, Expr hi) -> write(lo, quoted) + "-" + write(hi, quoted);
            case Expr.SetLit(var elements) -> elements.stream().map(x -> write(x, quoted))
                    .collect(Collectors.joining(", ", "{ ", " }"));
            case Expr.SetRef(String name) -> "@" + NftNames.checked("set", name);
            case Expr.And(Expr left, Expr mask) -> write(left, quoted) + " & " + flags(mask, quoted, "|", "(", ")");
            case Expr.Or(Expr left, Expr right) -> write(left, quoted) + " | " + write(right, quoted);
            case Expr.Xor(Expr left, Expr right) -> write(left, quoted) + " ^ " + write(right, quoted);
            case Expr.Fib(var flags, String result) -> "fib " + flags.stream().map(ExprText::word)
                    .collect(Collectors.joining(" . ")) + " " + word(result);
            case Expr.Bool(boolean value) -> value ? "exists" : "missing";
            case Expr.TcpOption(String name, String field) -> "tcp option " + word(name) + " " + word(field);
            case Expr.Rt(String key) -> "rt " + word(key);
            case Expr.Unknown u -> throw new IllegalArgumentException("cannot write an unknown expression: " + u.raw());
        };
    }

    /** A list of flags, e.g. {@code established,related} or {@code (syn|ack)}; other expressions as usual. */
    static String flags(Expr e, boolean quoted, String sep, String open, String close) {
        if (e instanceof Expr.SetLit(var elements)) {
            return elements.stream().map(x -> write(x, quoted)).collect(Collectors.joining(sep, open, close));
        }
        return write(e, quoted);
    }

    static String quote(String s) {
        if (s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new TextSyntaxException("a quoted string cannot hold quotes or line breaks: " + s);
        }
        return "\"" + s + "\"";
    }

    /** A ct key: a keyword, or a family and keyword such as {@code ip saddr}. */
    private static String ctKey(String key) {
        for (String part : key.split(" ", -1)) {
            word(part);
        }
        return key;
    }

    static String word(String s) {
        if (!SYMBOL.matcher(s).matches()) {
            throw new IllegalArgumentException("not a keyword: '" + s + "'");
        }
        return s;
    }
}
