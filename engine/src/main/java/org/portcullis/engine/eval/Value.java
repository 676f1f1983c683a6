package org.portcullis.engine.eval;

import org.portcullis.model.net.IpAddress;

/** The value a packet has for the left side of a match. */
sealed interface Value {

    /** A number, with the names its constants may be written with. */
    record Num(long value, Symbols symbols) implements Value {
    }

    record Addr(IpAddress address) implements Value {
    }

    /** An interface name; empty when the hook has no such interface. */
    record Name(String name) implements Value {
    }

    /** The packet has no such field (another protocol, no ct entry): the match does not hold. */
    record Absent(String why) implements Value {
    }

    /** The engine does not model this key. */
    record Unknown(String why) implements Value {
    }
}
