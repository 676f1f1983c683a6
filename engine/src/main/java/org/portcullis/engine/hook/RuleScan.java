package org.portcullis.engine.hook;

import org.portcullis.engine.Packet;
import org.portcullis.nft.Chain;

/**
 * Chooses the next rule of a chain worth evaluating for a packet. The linear scan tries every rule; a
 * classifier may skip rules that cannot match, but must never skip one that could (or that has effects
 * before its first failing match).
 */
public interface RuleScan {
    RuleScan LINEAR = (chain, from, packet) -> from;

    /** The index of the next candidate rule at or after {@code from}, or the chain's size when none is left. */
    int next(Chain chain, int from, Packet packet);
}
