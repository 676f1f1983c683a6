package org.portcullis.analysis.explain.render;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.portcullis.analysis.explain.RuleLabel;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.analysis.explain.ZoneBinding;
import org.portcullis.analysis.explain.ZoneBindings;
import org.portcullis.compile.Origin;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;
import org.portcullis.nft.Hook;

/** Writes packets, rules, trace steps and deciding steps as JSON objects. */
final class StepJson {
    private final RuleNamer namer;

    StepJson(RuleNamer namer) {
        this.namer = namer;
    }

    void packet(JsonGenerator g, Packet p) throws IOException {
        g.writeStartObject();
        g.writeStringField("protocol", IpProto.name(p.protocol()));
        g.writeStringField("src", p.src().toString());
        g.writeStringField("dst", p.dst().toString());
        g.writeStringField("from", p.from());
        g.writeStringField("to", p.to());
        if (IpProto.hasPorts(p.protocol())) {
            g.writeNumberField("sport", p.sport());
            g.writeNumberField("dport", p.dport());
        }
        if (p.protocol() == IpProto.TCP) {
            g.writeStringField("tcpFlags", TcpFlags.describe(p.tcpFlags()));
        }
        if (IpProto.isIcmp(p.protocol())) {
            g.writeNumberField("icmpType", p.icmpType());
            g.writeNumberField("icmpCode", p.icmpCode());
        }
        g.writeEndObject();
    }

    void rule(JsonGenerator g, RuleLabel l) throws IOException {
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

    void steps(JsonGenerator g, Trace t) throws IOException {
        g.writeArrayFieldStart("steps");
        for (TraceView.Item item : TraceView.of(t, namer)) {
            g.writeStartObject();
            switch (item) {
                case TraceView.Item.Met m -> step(g, m.step());
                case TraceView.Item.Passed p -> {
                    g.writeStringField("step", "passed");
                    g.writeBooleanField("continued", p.continued());
                    rule(g, namer.label(p.rule()));
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void step(JsonGenerator g, Step s) throws IOException {
        switch (s) {
            case Step.HookEntered h -> {
                g.writeStringField("step", "hook");
                g.writeStringField("hook", h.hook().nftName());
                g.writeStringField("iif", h.iif());
                g.writeStringField("oif", h.oif());
            }
            case Step.ChainEntered c -> {
                g.writeStringField("step", "chain");
                chain(g, c.family().nftName(), c.table(), c.chain());
                g.writeStringField("entry", c.entry().name().toLowerCase(Locale.ROOT));
            }
            case Step.RuleMatched m -> {
                g.writeStringField("step", "rule");
                g.writeStringField("action", m.action().name().toLowerCase(Locale.ROOT));
                g.writeStringField("target", m.target());
                g.writeStringField("reject", m.reject() == null ? null : m.reject().nftName());
                rule(g, namer.label(m.rule(), m.handle()));
            }
            case Step.RuleUnknown u -> {
                g.writeStringField("step", "unknown");
                g.writeStringField("reason", u.reason());
                rule(g, namer.label(u.rule(), u.handle()));
            }
            case Step.ChainReturned r -> {
                g.writeStringField("step", "return");
                chain(g, r.family().nftName(), r.table(), r.chain());
            }
            case Step.PolicyApplied p -> {
                g.writeStringField("step", "policy");
                chain(g, p.family().nftName(), p.table(), p.chain());
                g.writeStringField("policy", p.policy().nftName());
            }
            case Step.CtLookup c -> {
                g.writeStringField("step", "conntrack");
                g.writeStringField("state", c.state().nftName());
                g.writeStringField("direction", c.direction() == null ? null : c.direction().nftName());
                g.writeBooleanField("newEntry", c.newEntry());
            }
            case Step.CtConfirmed c -> {
                g.writeStringField("step", "confirmed");
                g.writeStringField("flow", c.flow());
            }
            case Step.NatApplied n -> {
                g.writeStringField("step", "nat");
                g.writeStringField("kind", n.kind());
                g.writeStringField("translation", n.translation());
                if (n.rule() != null) {
                    rule(g, namer.label(n.rule(), 0));
                }
            }
            case Step.Note n -> {
                g.writeStringField("step", "note");
                g.writeStringField("text", n.text());
            }
        }
    }

    /** The {@code zones} array: each zone the packet was handed to, what bound it there and in which hook. */
    void zones(JsonGenerator g, Trace t) throws IOException {
        g.writeArrayFieldStart("zones");
        for (ZoneBinding z : ZoneBindings.of(t, namer)) {
            g.writeStartObject();
            g.writeStringField("zone", z.zone());
            g.writeStringField("binding", z.binding());
            g.writeStringField("hook", z.hook() == null ? null : z.hook().nftName());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The {@code decidedBy} object: what decided, in words, the hook it happened in, the zone or policy and
     * the item of it that the deciding rule enforces (null for other rules), and the rule if one did.
     */
    void decidedBy(JsonGenerator g, Trace t) throws IOException {
        Step by = Words.decidingStep(t);
        g.writeObjectFieldStart("decidedBy");
        g.writeStringField("kind", switch (by) {
            case null -> "none";
            case Step.RuleMatched m -> "rule";
            case Step.PolicyApplied p -> "policy";
            case Step.NatApplied n -> "nat";
            case Step.Note n -> "note";
            case Step.HookEntered h -> "hook";
            case Step.ChainEntered c -> "chain";
            case Step.ChainReturned c -> "chain";
            case Step.RuleUnknown u -> "rule";
            case Step.CtLookup c -> "conntrack";
            case Step.CtConfirmed c -> "conntrack";
        });
        g.writeStringField("text", Words.decider(by, namer));
        Hook hook = Words.hookOf(t, by);
        g.writeStringField("hook", hook == null ? null : hook.nftName());
        Origin origin = by instanceof Step.RuleMatched m ? namer.origin(m.rule()).orElse(null) : null;
        g.writeStringField("zone", origin instanceof Origin.FromZone z ? z.zone() : null);
        g.writeStringField("policy", origin instanceof Origin.FromPolicy p ? p.policy() : null);
        g.writeStringField("item", switch (origin) {
            case Origin.FromZone z -> z.item();
            case Origin.FromPolicy p -> p.item();
            case null, default -> null;
        });
        RuleLabel rule = Words.decidingRule(by, namer);
        if (rule != null) {
            rule(g, rule);
        }
        g.writeEndObject();
    }

    private static void chain(JsonGenerator g, String family, String table, String chain) throws IOException {
        g.writeStringField("family", family);
        g.writeStringField("table", table);
        g.writeStringField("chain", chain);
    }
}
