package org.portcullis.engine.play;

import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.trace.Trace;

/** A packet's walk through the host: trace, fate, the packet as last seen, and its conntrack result. */
public record Walked(Trace trace, Fate fate, Packet last, CtResult ct) {
}
