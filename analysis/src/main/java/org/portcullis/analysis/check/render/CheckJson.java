package org.portcullis.analysis.check.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.portcullis.analysis.check.CheckReport;
import org.portcullis.analysis.check.DnsBlocked;
import org.portcullis.analysis.check.Finding;
import org.portcullis.analysis.check.Flow;
import org.portcullis.analysis.check.Ipv6LeftOpen;
import org.portcullis.analysis.check.RepliesDropped;
import org.portcullis.analysis.check.SessionLockout;
import org.portcullis.analysis.explain.RuleLabel;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.render.Words;

/**
 * A check report as one JSON document: {@code kind} ({@code check}), {@code ruleset}, {@code host}, {@code notes},
 * {@code findings} and {@code warnings} (their number). Each finding has {@code kind}, {@code title}, {@code flows},
 * {@code also}, {@code fix} ({@code commands}, {@code advice}) and the fields of its kind; see docs/CHECK.md.
 */
public final class CheckJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CheckJson() {
    }

    public static String document(CheckReport report, ExplainHeader header) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("kind", "check");
            g.writeStringField("ruleset", header.ruleset());
            g.writeStringField("host", header.host());
            g.writeArrayFieldStart("notes");
            for (String n : header.notes()) {
                g.writeString(n);
            }
            for (String n : report.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeNumberField("warnings", report.findings().size());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", f.kind());
        g.writeStringField("title", f.title());
        switch (f) {
            case SessionLockout s -> {
                g.writeObjectFieldStart("session");
                g.writeStringField("client", s.session().client().toString());
                g.writeNumberField("clientPort", s.session().clientPort());
                g.writeStringField("server", s.session().server().toString());
                g.writeNumberField("serverPort", s.session().serverPort());
                g.writeEndObject();
                g.writeBooleanField("current", s.current());
            }
            case RepliesDropped r -> {
                g.writeStringField("family", r.family());
                g.writeStringField("direction", r.leaving() ? "leaving" : "arriving");
                strings(g, "interfaces", r.interfaces());
            }
            case DnsBlocked d -> g.writeStringField("resolver", d.resolver().toString());
            case Ipv6LeftOpen o -> {
                g.writeStringField("direction", o.way());
                strings(g, "interfaces", o.interfaces());
                g.writeBooleanField("assumedAddress", o.assumedAddress());
            }
        }
        g.writeArrayFieldStart("flows");
        for (Flow flow : f.flows()) {
            flow(g, flow);
        }
        g.writeEndArray();
        strings(g, "also", f.also());
        g.writeObjectFieldStart("fix");
        strings(g, "commands", f.fix().commands());
        g.writeStringField("advice", f.fix().advice());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void flow(JsonGenerator g, Flow f) throws IOException {
        g.writeStartObject();
        g.writeStringField("what", f.what());
        g.writeStringField("endpoints", f.endpoints());
        g.writeStringField("outcome", f.outcome());
        g.writeObjectFieldStart("packet");
        g.writeStringField("label", f.packet().label());
        g.writeStringField("from", f.packet().packet().from());
        g.writeStringField("to", f.packet().packet().to());
        g.writeStringField("fate", Words.fate(f.packet().fate()));
        g.writeBooleanField("lost", f.packet().lost());
        g.writeEndObject();
        g.writeStringField("text", f.packetWords());
        g.writeStringField("decidedBy", f.decidedBy());
        g.writeStringField("hook", f.hook() == null ? null : f.hook().nftName());
        RuleLabel l = f.rule();
        if (l == null) {
            g.writeNullField("rule");
        } else {
            g.writeObjectFieldStart("rule");
            g.writeStringField("family", l.ref().family().nftName());
            g.writeStringField("table", l.ref().table());
            g.writeStringField("chain", l.ref().chain());
            g.writeNumberField("index", l.ref().index());
            g.writeNumberField("handle", l.handle());
            g.writeStringField("origin", l.origin());
            g.writeStringField("nft", l.nft());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
