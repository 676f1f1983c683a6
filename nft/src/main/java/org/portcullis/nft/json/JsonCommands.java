package org.portcullis.nft.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.NamedSet;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Builds a libnftables JSON command document ({@code nft -j -f}), which carries any name and string,
 * including those the text syntax cannot (keywords such as {@code fwd}, quotes in comments).
 */
public final class JsonCommands {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final StringWriter out = new StringWriter();
    private final JsonGenerator g;

    public JsonCommands() {
        try {
            g = FACTORY.createGenerator(out);
            g.writeStartObject();
            g.writeArrayFieldStart("nftables");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonCommands addTable(Family family, String name) {
        return tableCommand("add", family, name);
    }

    public JsonCommands deleteTable(Family family, String name) {
        return tableCommand("delete", family, name);
    }

    /** Adds the table with all its sets, chains and rules. */
    public JsonCommands define(Table t) {
        try {
            tableCommand("add", t.family(), t.name());
            for (NamedSet s : t.sets()) {
                set(t, s);
            }
            for (Chain c : t.chains()) {
                chain(t, c);
            }
            for (Chain c : t.chains()) {
                for (Rule r : c.rules()) {
                    rule(t, c, r);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String finish() {
        try {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonCommands tableCommand(String verb, Family family, String name) {
        try {
            g.writeStartObject();
            g.writeObjectFieldStart(verb);
            g.writeObjectFieldStart("table");
            g.writeStringField("family", family.nftName());
            g.writeStringField("name", name);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(String kind, Table t) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("add");
        g.writeObjectFieldStart(kind);
        g.writeStringField("family", t.family().nftName());
        g.writeStringField("table", t.name());
    }

    private void close() throws IOException {
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void set(Table t, NamedSet s) throws IOException {
        open("set", t);
        g.writeStringField("name", s.name());
        String[] parts = s.type().split(" \\. ");
        if (parts.length == 1) {
            g.writeStringField("type", s.type());
        } else {
            g.writeArrayFieldStart("type");
            for (String p : parts) {
                g.writeString(p);
            }
            g.writeEndArray();
        }
        if (s.interval()) {
            g.writeArrayFieldStart("flags");
            g.writeString("interval");
            g.writeEndArray();
        }
        if (!s.elements().isEmpty()) {
            g.writeArrayFieldStart("elem");
            for (var e : s.elements()) {
                ExprJson.write(g, e, false);
            }
            g.writeEndArray();
        }
        close();
    }

    private void chain(Table t, Chain c) throws IOException {
        open("chain", t);
        g.writeStringField("name", c.name());
        if (c.base() != null) {
            g.writeStringField("type", c.base().type().nftName());
            g.writeStringField("hook", c.base().hook().nftName());
            g.writeNumberField("prio", c.base().priority());
            g.writeStringField("policy", c.base().policy().nftName());
        }
        close();
    }

    private void rule(Table t, Chain c, Rule r) throws IOException {
        if (r.stmts().isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one statement");
        }
        open("rule", t);
        g.writeStringField("chain", c.name());
        if (r.comment() != null) {
            g.writeStringField("comment", r.comment());
        }
        g.writeArrayFieldStart("expr");
        for (Stmt s : r.stmts()) {
            StmtJson.write(g, s);
        }
        g.writeEndArray();
        close();
    }
}
