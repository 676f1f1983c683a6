package org.portcullis.engine.classify;

import org.portcullis.engine.Packet;

/** One header field of a chain's classifier: the rules a packet's value of that field leaves possible. */
sealed interface Dimension permits ProtocolDimension, IntervalDimension, NameDimension {
    Bits select(Packet packet);
}
