package org.portcullis.engine.play;

import java.time.Instant;

import org.portcullis.engine.Packet;
import org.portcullis.engine.trace.Trace;

/**
 * One packet of a played exchange: what it was, who sent it, when, what the host's hooks did with it
 * (the trace holds the hook path) and its fate. {@code packet} is the packet as sent, before any nat.
 */
public record PacketRecord(String label, Sender sender, Instant at, Packet packet, Trace trace, Fate fate) {

    public boolean lost() {
        return fate.lost();
    }
}
