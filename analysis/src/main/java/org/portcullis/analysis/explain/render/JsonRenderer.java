package org.portcullis.analysis.explain.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.portcullis.analysis.explain.ExplainedConnection;
import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.engine.Connection;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.play.PacketRecord;

/**
 * Explanations as one JSON document each, for machines; the same facts as {@link TextRenderer}. The field
 * names are stable and listed in docs/EXPLAIN.md: {@code kind}, {@code ruleset}, {@code host}, {@code notes},
 * then for a packet {@code path}, {@code ctState} and its record, for a connection {@code protocol},
 * {@code direction}, {@code client}, {@code server}, {@code packets} (records with {@code label}, {@code sender},
 * {@code atMillis}), {@code lost} and {@code outcome}. A record holds {@code packet}, {@code steps},
 * {@code zones}, {@code decidedBy}, {@code fate}, {@code lost}, {@code uncertain} and {@code verdict}.
 */
public final class JsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final RuleNamer namer;
    private final ExplainHeader header;
    private final StepJson json;

    public JsonRenderer(RuleNamer namer, ExplainHeader header) {
        this.namer = namer;
        this.header = header;
        this.json = new StepJson(namer);
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private String document(String kind, List<String> notes, Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("kind", kind);
            g.writeStringField("ruleset", header.ruleset());
            g.writeStringField("host", header.host());
            g.writeArrayFieldStart("notes");
            for (String n : header.notes()) {
                g.writeString(n);
            }
            for (String n : notes) {
                g.writeString(n);
            }
            g.writeEndArray();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public String packet(ExplainedPacket e) {
        return document("packet", e.notes(), g -> {
            g.writeStringField("path", e.query().path().name().toLowerCase(Locale.ROOT));
            g.writeStringField("ctState", e.query().ctState().nftName());
            record(g, e.record(), null);
        });
    }

    public String connection(ExplainedConnection e) {
        Connection c = e.connection();
        return document("connection", e.notes(), g -> {
            g.writeStringField("protocol", IpProto.name(c.request().protocol()));
            g.writeStringField("direction", c.request().direction().name().toLowerCase(Locale.ROOT));
            g.writeStringField("client", c.client());
            g.writeStringField("server", c.server());
            g.writeArrayFieldStart("packets");
            for (PacketRecord r : c.packets()) {
                g.writeStartObject();
                record(g, r, c.packets().getFirst());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("lost");
            for (PacketRecord r : c.lost()) {
                g.writeString(Words.lost(r, namer));
            }
            g.writeEndArray();
            g.writeStringField("outcome", c.outcome().label());
        });
    }

    private void record(JsonGenerator g, PacketRecord r, PacketRecord first) throws IOException {
        if (first != null) {
            g.writeStringField("label", r.label());
            g.writeStringField("sender", r.sender().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("atMillis", Duration.between(first.at(), r.at()).toMillis());
        }
        g.writeFieldName("packet");
        json.packet(g, r.packet());
        json.steps(g, r.trace());
        json.zones(g, r.trace());
        json.decidedBy(g, r.trace());
        g.writeStringField("fate", Words.fate(r.fate()));
        g.writeBooleanField("lost", r.lost());
        g.writeBooleanField("uncertain", r.trace().verdict().uncertain());
        g.writeStringField("verdict", r.trace().verdict().label());
    }
}
