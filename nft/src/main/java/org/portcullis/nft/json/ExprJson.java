package org.portcullis.nft.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import org.portcullis.nft.Expr;

/** Writes expressions as libnftables JSON, in the shapes {@code nft -j list} prints them. */
final class ExprJson {
    private ExprJson() {
    }

    /** With {@code flags}, an anonymous set is written as a bare array: a list of flags OR-ed together. */
    static void write(JsonGenerator g, Expr e, boolean flags) throws IOException {
        switch (e) {
            case Expr.Payload(String protocol, String field) -> {
                g.writeStartObject();
                g.writeObjectFieldStart("payload");
                g.writeStringField("protocol", protocol);
                g.writeStringField("field", field);
                g.writeEndObject();
                g.writeEndObject();
            }
            case Expr.Meta(String key) -> {
                g.writeStartObject();
                g.writeObjectFieldStart("meta");
                g.writeStringField("key", key);
                g.writeEndObject();
                g.writeEndObject();
            }
            case Expr.Ct(String key, String dir) -> {
                g.writeStartObject();
                g.writeObjectFieldStart("ct");
                g.writeStringField("key", key);
                if (dir != null) {
                    g.writeStringField("dir", dir);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            case Expr.Str(String value) -> g.writeString(value);
            case Expr.Num(long value) -> g.writeNumber(value);
            case Expr.Prefix(var p) -> {
                if (p.isHost()) {
                    g.writeString(p.address().toString());
                } else {
                    g.writeStartObject();
                    g.writeObjectFieldStart("prefix");
                    g.writeStringField("addr", p.address().toString());
                    g.writeNumberField("len", p.length());
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            case Expr.Range(Expr lo, Expr hi) -> {
                g.writeStartObject();
                g.writeArrayFieldStart("range");
                write(g, lo, false);
                write(g, hi, false);
                g.writeEndArray();
                g.writeEndObject();
            }
            case Expr.SetLit(var elements) -> {
                if (!flags) {
                    g.writeStartObject();
                    g.writeFieldName("set");
                }
                g.writeStartArray();
                for (Expr x : elements) {
                    write(g, x, false);
                }
                g.writeEndArray();
                if (!flags) {
                    g.writeEndObject();
                }
            }
            case Expr.SetRef(String name) -> g.writeString("@" + name);
            case Expr.And(Expr left, Expr mask) -> {
                g.writeStartObject();
                g.writeArrayFieldStart("&");
                write(g, left, false);
                write(g, mask, true);
                g.writeEndArray();
                g.writeEndObject();
            }
            case Expr.Or(Expr left, Expr right) -> binary(g, "|", left, right);
            case Expr.Xor(Expr left, Expr right) -> binary(g, "^", left, right);
            case Expr.Fib(var keys, String result) -> {
                g.writeStartObject();
                g.writeObjectFieldStart("fib");
                g.writeStringField("result", result);
                g.writeArrayFieldStart("flags");
                for (String f : keys) {
                    g.writeString(f);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            case Expr.Bool(boolean value) -> g.writeBoolean(value);
            case Expr.TcpOption(String name, String field) -> {
                g.writeStartObject();
                g.writeObjectFieldStart("tcp option");
                g.writeStringField("name", name);
                g.writeStringField("field", field);
                g.writeEndObject();
                g.writeEndObject();
            }
            case Expr.Rt(String key) -> {
                g.writeStartObject();
                g.writeObjectFieldStart("rt");
                g.writeStringField("key", key);
                g.writeEndObject();
                g.writeEndObject();
            }
            case Expr.Unknown u -> throw new IllegalArgumentException("cannot write an unknown expression: " + u.raw());
        }
    }

    private static void binary(JsonGenerator g, String op, Expr left, Expr right) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart(op);
        write(g, left, false);
        write(g, right, false);
        g.writeEndArray();
        g.writeEndObject();
    }
}
