package org.portcullis.analysis.explain.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.analysis.explain.ExplainedConnection;
import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.RuleLabel;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.analysis.explain.ZoneBinding;
import org.portcullis.analysis.explain.ZoneBindings;
import org.portcullis.engine.Connection;
import org.portcullis.engine.Direction;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Verdict;

/**
 * Explanations as text lines. After its trace, each packet gets a {@code zone: ZONE (BINDING)} line for each
 * zone it was handed to, then {@code decided by: ...}. A packet ends with {@code verdict: accept|drop|reject};
 * a connection reports each lost packet on a {@code lost:} line and ends with {@code outcome: ...}.
 */
public final class TextRenderer {
    private final RuleNamer namer;
    private final ExplainHeader header;
    private final TraceText traces;

    public TextRenderer(RuleNamer namer, ExplainHeader header) {
        this.namer = namer;
        this.header = header;
        this.traces = new TraceText(namer);
    }

    public List<String> packet(ExplainedPacket e) {
        PacketRecord r = e.record();
        List<String> out = new ArrayList<>();
        out.add("packet: " + r.packet() + ", " + e.query().path().name().toLowerCase(java.util.Locale.ROOT)
                + ", ct state " + e.query().ctState().nftName()
                + (e.query().ctState() == org.portcullis.engine.conntrack.CtState.NEW ? " (first of its flow)" : " (assumed)"));
        head(out, e.notes());
        out.addAll(traces.lines(r.trace(), ""));
        decision(out, r, "");
        out.add("verdict: " + r.trace().verdict().label());
        return out;
    }

    public List<String> connection(ExplainedConnection e) {
        Connection c = e.connection();
        List<String> out = new ArrayList<>();
        boolean outbound = c.request().direction() == Direction.OUTBOUND;
        out.add("connection: " + IpProto.name(c.request().protocol()) + " " + c.client() + " -> " + c.server()
                + (outbound ? " (this host connects out)" : " (a peer connects in)"));
        head(out, e.notes());
        var start = c.packets().isEmpty() ? null : c.packets().getFirst().at();
        for (PacketRecord r : c.packets()) {
            Duration at = Duration.between(start, r.at());
            out.add("packet " + r.label() + " " + r.packet().from() + " -> " + r.packet().to() + " from "
                    + (r.sender() == Sender.HOST ? "host" : "peer") + " at +" + seconds(at) + ": " + Words.fate(r.fate()));
            out.addAll(traces.lines(r.trace(), "  "));
            decision(out, r, "  ");
        }
        for (PacketRecord r : c.lost()) {
            out.add("lost: " + Words.lost(r, namer));
        }
        out.add("outcome: " + c.outcome().label());
        return out;
    }

    private void head(List<String> out, List<String> notes) {
        out.add("ruleset: " + header.ruleset());
        out.add("host: " + header.host());
        header.notes().forEach(n -> out.add("note: " + n));
        notes.forEach(n -> out.add("note: " + n));
    }

    private void decision(List<String> out, PacketRecord r, String indent) {
        Verdict v = r.trace().verdict();
        for (ZoneBinding z : ZoneBindings.of(r.trace(), namer)) {
            out.add(indent + "zone: " + z.words());
        }
        Step by = Words.decidingStep(r.trace());
        out.add(indent + "decided by: " + Words.decider(by, namer));
        RuleLabel rule = Words.decidingRule(by, namer);
        if (rule != null && rule.origin() != null) {
            out.add(indent + "  nft: " + rule.nft());
        }
        if (v.uncertain()) {
            out.add(indent + "uncertain: a rule on the way could not be evaluated");
        }
        out.add(indent + "fate: " + Words.fate(r.fate()));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() / 1000.0 + "s";
    }
}
