package org.portcullis.engine.play;

import org.portcullis.engine.Outcome;
import org.portcullis.engine.Packet;
import org.portcullis.engine.trace.RejectKind;

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

    /** What a datagram (UDP, ICMP echo) sender's program sees from the answer: nothing for a soft error. */
    Outcome datagramAnswerOutcome() {
        RejectKind kind = record.trace().verdict().reject();
        return kind != RejectKind.TCP_RESET && kind.softForDatagrams(record.packet().v6()) ? Outcome.TIMEOUT : answerOutcome();
    }

    /** What the sender's program sees from the answer. */
    Outcome answerOutcome() {
        return record.trace().verdict().reject().refuses() ? Outcome.REFUSED : Outcome.UNREACHABLE;
    }
}
