package org.portcullis.engine.play;

/** What became of a packet at the simulated host. */
public enum Fate {
    /** Accepted and handed to a local socket. */
    DELIVERED,
    /** Accepted and sent out of an interface. */
    SENT,
    /** Dropped by a rule or policy. */
    DROPPED,
    /** Dropped by a reject rule, which answered the sender. */
    REJECTED,
    /** The host has no route for it. */
    NO_ROUTE,
    /** Not for this host, and the host does not forward. */
    NOT_FORWARDED;

    public boolean lost() {
        return this != DELIVERED && this != SENT;
    }
}
