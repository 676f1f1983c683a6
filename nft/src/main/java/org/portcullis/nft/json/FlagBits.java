package org.portcullis.nft.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.nft.Expr;

/**
 * Bit values of the flag types whose OR-ed combinations nft lists as arrays (e.g. {@code ["syn","ack"]}):
 * TCP header flags and conntrack states. A combination is one value, so it is read as its number.
 */
final class FlagBits {
    private static final Map<String, Long> TCP_FLAGS = Map.of("fin", 0x01L, "syn", 0x02L, "rst", 0x04L, "psh", 0x08L,
            "ack", 0x10L, "urg", 0x20L, "ecn", 0x40L, "cwr", 0x80L);
    private static final Map<String, Long> CT_STATES = Map.of("invalid", 0x01L, "established", 0x02L,
            "related", 0x04L, "new", 0x08L, "untracked", 0x40L);

    private FlagBits() {
    }

    /** The number an OR-ed flag list compared with {@code left} stands for, or null if it is not one. */
    static Expr.Num fold(Expr left, Json right) {
        Map<String, Long> bits = table(left);
        if (bits == null) {
            return null;
        }
        List<Json> names = new ArrayList<>();
        if (right instanceof Json.JArray(var items)) {
            names.addAll(items);
        } else if (right instanceof Json.JObject o && o.fields().size() == 1 && o.get("|") instanceof Json.JArray(var items)) {
            names.addAll(items);
        } else {
            return null;
        }
        long value = 0;
        for (Json n : names) {
            if (!(n instanceof Json.JString(String s)) || !bits.containsKey(s)) {
                return null;
            }
            value |= bits.get(s);
        }
        return new Expr.Num(value);
    }

    private static Map<String, Long> table(Expr left) {
        return switch (left) {
            case Expr.Payload(String protocol, String field) when protocol.equals("tcp") && field.equals("flags") -> TCP_FLAGS;
            case Expr.Ct(String key, String dir) when key.equals("state") -> CT_STATES;
            case Expr.And(Expr inner, Expr mask) -> table(inner);
            default -> null;
        };
    }
}
