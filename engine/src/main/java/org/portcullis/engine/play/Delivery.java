package org.portcullis.engine.play;

import org.portcullis.engine.Outcome;
import org.portcullis.engine.Packet;

/**
 * A sent packet's record, the packet as its receiver got it (after nat), and, if it was rejected, the
 * record of the answer the host sent back.
 */
record Delivery(PacketRecord record, Packet received, PacketRecord answer) {

    boolean arrived() {
        return !record.lost();
    }

    /** True when a reject's answer reached the packet's sender. */
    boolean answered() {
        return answer != null && !answer.lost();
    }

    /** What the sender's program sees from the answer. */
    Outcome answerOutcome() {
        return record.trace().verdict().reject().refuses() ? Outcome.REFUSED : Outcome.UNREACHABLE;
    }
}
