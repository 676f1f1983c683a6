package org.portcullis.engine.trace;

import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;

/** One thing that happened to a packet on its way through the host. */
public sealed interface Step {

    /** The packet reached a hook; interface names may be null. */
    record HookEntered(Hook hook, String iif, String oif) implements Step {
    }

    /** Evaluation entered a chain: as a base chain, by jump or by goto. */
    record ChainEntered(Family family, String table, String chain, Entry entry) implements Step {
    }

    /** A rule matched and did {@code action} ({@code target} names the chain of a jump or goto). */
    record RuleMatched(RuleRef rule, long handle, RuleAction action, String target, RejectKind reject) implements Step {
    }

    /** A rule could not be evaluated; it was treated as not matching and the verdict is uncertain. */
    record RuleUnknown(RuleRef rule, long handle, String reason) implements Step {
    }

    /** Evaluation returned from a chain to its caller. */
    record ChainReturned(Family family, String table, String chain) implements Step {
    }

    /** A base chain ended without a verdict; its policy decided. */
    record PolicyApplied(Family family, String table, String chain, ChainPolicy policy) implements Step {
    }

    /** Connection tracking looked the packet up; direction is null for invalid or untracked packets. */
    record CtLookup(CtState state, CtDirection direction, boolean newEntry) implements Step {
    }

    /** A connection tracking entry was confirmed. */
    record CtConfirmed(String flow) implements Step {
    }

    /** A nat rule set up an address translation; {@code rule} is null when conntrack applies a flow's recorded one. */
    record NatApplied(RuleRef rule, String kind, String translation) implements Step {
    }

    /** Anything else worth knowing (log, limit, routing). */
    record Note(String text) implements Step {
    }

    /** How a chain was entered. */
    enum Entry { BASE, JUMP, GOTO }
}
