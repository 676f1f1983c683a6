package org.portcullis.engine.eval;

import org.portcullis.engine.trace.RejectKind;
import org.portcullis.nft.Stmt;

/** What evaluating one rule against a packet gave. */
public sealed interface RuleOutcome {

    /** A match did not hold. */
    record NoMatch() implements RuleOutcome {
    }

    /** The rule could not be evaluated; it is treated as not matching. */
    record Unknown(String reason) implements RuleOutcome {
    }

    /** Every match held and no verdict statement followed. */
    record Matched() implements RuleOutcome {
    }

    /** A verdict statement: accept, drop, continue, return, jump or goto. */
    record Verdict(Stmt.VerdictKind kind, String target) implements RuleOutcome {
    }

    /** A reject: the packet is dropped and {@code kind} answers the sender. */
    record Reject(RejectKind kind) implements RuleOutcome {
    }

    /** A nat statement: the flow's translation is set up to {@code target} and the chain accepts. */
    record Nat(Stmt.Nat stmt, NatTarget target) implements RuleOutcome {
    }
}
