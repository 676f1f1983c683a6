package org.portcullis.engine.classify.workload;

import org.portcullis.engine.Packet;

/** A trace packet and the index of the rule it was drawn from; the first match is at or before it. */
public record TracePacket(Packet packet, int expected) {
}
