package org.portcullis.analysis.explain;

import java.util.List;

import org.portcullis.engine.play.PacketRecord;

/** A single packet's explanation: what was asked, what the host did with it, and notes on assumptions made. */
public record ExplainedPacket(PacketQuery query, PacketRecord record, List<String> notes) {
    public ExplainedPacket {
        notes = List.copyOf(notes);
    }
}
