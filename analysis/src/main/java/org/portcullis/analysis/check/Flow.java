package org.portcullis.analysis.check;

import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.RuleLabel;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.engine.Connection;
import org.portcullis.engine.Direction;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Hook;

/**
 * A flow the check played and the packet that shows the problem: {@code what} the flow was ({@code endpoints}
 * and who opened it), how it ended ({@code outcome}: a connection's outcome, or a single packet's verdict), the
 * telling packet and its fate in words ({@code packetWords}, as explain's {@code lost:} lines), the step that
 * decided its fate in the user's words ({@code decidedBy}), that step's rule ({@code rule}, null when no rule
 * decided) and the hook it happened in ({@code hook}, null when none).
 */
public record Flow(String what, String endpoints, String outcome, PacketRecord packet, String packetWords, String decidedBy,
                   RuleLabel rule, Hook hook) {

    /** A connection and the packet of it that was lost. */
    static Flow lost(Connection c, PacketRecord lost, RuleNamer namer) {
        return of(describe(c), endpoints(c), c.outcome().label(), lost, namer);
    }

    /** A connection that was established, shown by its first packet. */
    static Flow passed(Connection c, RuleNamer namer) {
        return of(describe(c), endpoints(c), c.outcome().label(), c.packets().getFirst(), namer);
    }

    /** A single packet of a flow in progress, e.g. of an ssh session, shown under {@code label}. */
    static Flow packet(String what, String label, ExplainedPacket p, RuleNamer namer) {
        PacketRecord r = p.record();
        PacketRecord named = new PacketRecord(label, r.sender(), r.at(), r.packet(), r.trace(), r.fate());
        String endpoints = IpProto.name(r.packet().protocol()) + " " + r.packet().from() + " -> " + r.packet().to();
        return of(what, endpoints, r.trace().verdict().label(), named, namer);
    }

    private static Flow of(String what, String endpoints, String outcome, PacketRecord r, RuleNamer namer) {
        Step by = Words.decidingStep(r.trace());
        String words = r.lost() ? Words.lost(r, namer)
                : r.label() + " " + r.packet().from() + " -> " + r.packet().to() + " " + Words.fate(r.fate());
        return new Flow(what, endpoints, outcome, r, words, Words.decider(by, namer), Words.decidingRule(by, namer),
                Words.hookOf(r.trace(), by));
    }

    /** {@code tcp 192.0.2.10:40000 -> 198.18.0.1:22 (a peer connects in)}, as explain heads a connection. */
    static String describe(Connection c) {
        boolean outbound = c.request().direction() == Direction.OUTBOUND;
        return endpoints(c) + (outbound ? " (this host connects out)" : " (a peer connects in)");
    }

    private static String endpoints(Connection c) {
        return IpProto.name(c.request().protocol()) + " " + c.client() + " -> " + c.server();
    }

    /** The flow in one short line: {@code tcp 192.0.2.10:40000 -> 198.18.0.1:443: SYN-ACK ... dropped}. */
    public String brief() {
        return endpoints + ": " + (packet.lost() ? packet.label() + " " + Words.fate(packet.fate()) + " by " + decidedBy : outcome);
    }
}
