package org.portcullis.nft.json;

import java.util.Set;

/** Typed access to JSON object fields; anything unexpected is {@link NotModelled}. */
final class Fields {
    private Fields() {
    }

    static Json.JObject object(Json j) {
        if (j instanceof Json.JObject o) {
            return o;
        }
        throw new NotModelled();
    }

    static Json.JObject objectOrEmpty(Json j) {
        return j instanceof Json.JNull || j == null ? new Json.JObject(java.util.Map.of()) : object(j);
    }

    static String string(Json.JObject o, String key) {
        if (o.get(key) instanceof Json.JString(String v)) {
            return v;
        }
        throw new NotModelled();
    }

    static String optString(Json.JObject o, String key) {
        return o.get(key) == null ? null : string(o, key);
    }

    static long number(Json.JObject o, String key) {
        if (o.get(key) instanceof Json.JNumber n && n.integral()) {
            return n.value();
        }
        throw new NotModelled();
    }

    static boolean flag(Json.JObject o, String key) {
        Json v = o.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Json.JBool(boolean b)) {
            return b;
        }
        throw new NotModelled();
    }

    /** Requires that {@code o} holds no field outside {@code allowed}. */
    static Json.JObject only(Json.JObject o, Set<String> allowed) {
        for (String k : o.fields().keySet()) {
            if (!allowed.contains(k)) {
                throw new NotModelled();
            }
        }
        return o;
    }

    /** The single key of a {@code {"kind": body}} object, or null when the object has another shape. */
    static String soleKey(Json.JObject o) {
        return o.fields().size() == 1 ? o.fields().keySet().iterator().next() : null;
    }
}
