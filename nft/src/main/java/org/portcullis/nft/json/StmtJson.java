package org.portcullis.nft.json;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/** Writes statements as libnftables JSON. */
final class StmtJson {
    private StmtJson() {
    }

    static void write(JsonGenerator g, Stmt s) throws IOException {
        g.writeStartObject();
        switch (s) {
            case Stmt.Match(var left, Op op, var right) -> {
                g.writeObjectFieldStart("match");
                g.writeStringField("op", op.symbol());
                g.writeFieldName("left");
                ExprJson.write(g, left, false);
                g.writeFieldName("right");
                ExprJson.write(g, right, op == Op.IN);
                g.writeEndObject();
            }
            case Stmt.Counter(long packets, long bytes) -> {
                g.writeObjectFieldStart("counter");
                g.writeNumberField("packets", packets);
                g.writeNumberField("bytes", bytes);
                g.writeEndObject();
            }
            case Stmt.Log(String prefix, String level, Integer group, Integer threshold) when prefix == null
                    && level == null && group == null && threshold == null -> g.writeNullField("log");
            case Stmt.Log(String prefix, String level, Integer group, Integer threshold) -> {
                g.writeObjectFieldStart("log");
                optional(g, "prefix", prefix);
                optional(g, "level", level);
                if (group != null) {
                    g.writeNumberField("group", group);
                }
                if (threshold != null) {
                    g.writeNumberField("queue-threshold", threshold);
                }
                g.writeEndObject();
            }
            case Stmt.Limit(long rate, String per, long burst, boolean over) -> {
                g.writeObjectFieldStart("limit");
                g.writeNumberField("rate", rate);
                g.writeStringField("per", per);
                if (burst > 0) {
                    g.writeNumberField("burst", burst);
                }
                if (over) {
                    g.writeBooleanField("inv", true);
                }
                g.writeEndObject();
            }
            case Stmt.Reject(String type, String code) when type == null && code == null -> g.writeNullField("reject");
            case Stmt.Reject(String type, String code) -> {
                g.writeObjectFieldStart("reject");
                optional(g, "type", type);
                optional(g, "expr", code);
                g.writeEndObject();
            }
            case Stmt.Nat(var kind, String family, var addr, var port) when family == null && addr == null
                    && port == null -> g.writeNullField(kind.name().toLowerCase(Locale.ROOT));
            case Stmt.Nat(var kind, String family, var addr, var port) -> {
                g.writeObjectFieldStart(kind.name().toLowerCase(Locale.ROOT));
                optional(g, "family", family);
                if (addr != null) {
                    g.writeFieldName("addr");
                    ExprJson.write(g, addr, false);
                }
                if (port != null) {
                    g.writeFieldName("port");
                    ExprJson.write(g, port, false);
                }
                g.writeEndObject();
            }
            case Stmt.Mangle(var key, var value) -> {
                g.writeObjectFieldStart("mangle");
                g.writeFieldName("key");
                ExprJson.write(g, key, false);
                g.writeFieldName("value");
                ExprJson.write(g, value, false);
                g.writeEndObject();
            }
            case Stmt.Notrack n -> g.writeNullField("notrack");
            case Stmt.Verdict(var kind, String target) -> {
                String name = kind.name().toLowerCase(Locale.ROOT);
                if (target == null) {
                    g.writeNullField(name);
                } else {
                    g.writeObjectFieldStart(name);
                    g.writeStringField("target", target);
                    g.writeEndObject();
                }
            }
            case Stmt.Unsupported u -> throw new IllegalArgumentException("cannot write an unsupported statement: "
                    + u.raw());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
