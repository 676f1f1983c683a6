package org.portcullis.engine.conntrack;

/**
 * What connection tracking attached to a packet: its state, its direction and the entry (null when
 * the packet is invalid or untracked). {@code created} marks an entry made for this packet, not yet confirmed.
 */
public record CtResult(CtState state, CtDirection direction, CtEntry entry, boolean created, String reason) {

    public static CtResult invalid(String reason) {
        return new CtResult(CtState.INVALID, null, null, false, reason);
    }

    public static CtResult untracked(String reason) {
        return new CtResult(CtState.UNTRACKED, null, null, false, reason);
    }
}
