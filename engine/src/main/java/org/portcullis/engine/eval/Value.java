package org.portcullis.engine.eval;

import org.portcullis.engine.MacAddress;
import org.portcullis.model.net.IpAddress;

/** The value a packet has for the left side of a match. */
sealed interface Value {

    /** A number, with the names its constants may be written with. */
    record Num(long value, Symbols symbols) implements Value {
    }

    record Addr(IpAddress address) implements Value {
    }

    /** An interface name; empty when the hook has no such interface (or a FIB lookup found none). */
    record Name(String name) implements Value {
    }

    /** A link-layer address. */
    record Mac(MacAddress address) implements Value {
    }

    /** The packet has no such field (another protocol, no ct entry): the match does not hold. */
    record Absent(String why) implements Value {
    }

    /** The engine does not model this key, or lacks what it would need to know (a MAC, a host model). */
    record Unknown(String why) implements Value {
    }
}
