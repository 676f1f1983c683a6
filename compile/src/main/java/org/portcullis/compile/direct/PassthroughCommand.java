package org.portcullis.compile.direct;

import org.portcullis.model.rule.RuleSpec;

/**
 * A tracked passthrough once parsed: the iptables command it stands for, in the table it names
 * ({@code filter} when none); the family is the passthrough's. Tracked passthroughs are always one of
 * these forms (firewalld refuses the others), and Portcullis applies them through its own tables.
 */
public sealed interface PassthroughCommand {

    String table();

    /** {@code -N CHAIN}. */
    record NewChain(String table, String chain) implements PassthroughCommand {
    }

    /** {@code -A CHAIN RULE}: after every rule already in the chain. */
    record Append(String table, String chain, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -I CHAIN [POSITION] RULE}; position counts from 1. */
    record Insert(String table, String chain, int position, RuleSpec rule) implements PassthroughCommand {
    }
}
