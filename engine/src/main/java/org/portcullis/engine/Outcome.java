package org.portcullis.engine;

import java.util.Locale;

/** What the program that opened a connection sees. */
public enum Outcome {
    /** Its connect succeeded: the answer reached it. */
    ESTABLISHED,
    /** An RST or ICMP port-unreachable reached it. */
    REFUSED,
    /** Another ICMP unreachable (host/admin prohibited, no route) reached it. */
    UNREACHABLE,
    /** The local stack refused to send (EPERM). */
    DENIED,
    /** Nothing came back. */
    TIMEOUT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
