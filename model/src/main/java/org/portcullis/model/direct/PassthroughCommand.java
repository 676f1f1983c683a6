package org.portcullis.model.direct;

import org.portcullis.model.rule.RuleSpec;

/**
 * An iptables command given as a passthrough, parsed: {@code [-t TABLE] COMMAND CHAIN [...]}. Chains are
 * kernel chain names as written; {@code table} is {@code filter} when not given.
 */
public sealed interface PassthroughCommand {
    String table();

    /** {@code -A CHAIN RULE}. */
    record Append(String table, String chain, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -I CHAIN [POSITION] RULE}; position counts from 1. */
    record Insert(String table, String chain, int position, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -D CHAIN RULE}: deletes the first rule equal to {@code rule}. */
    record Delete(String table, String chain, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -D CHAIN POSITION}. */
    record DeleteAt(String table, String chain, int position) implements PassthroughCommand {
    }

    /** {@code -R CHAIN POSITION RULE}. */
    record Replace(String table, String chain, int position, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -C CHAIN RULE}: succeeds when an equal rule exists. */
    record Check(String table, String chain, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -N CHAIN}. */
    record NewChain(String table, String chain) implements PassthroughCommand {
    }

    /** {@code -X [CHAIN]}; a null chain deletes every empty user chain of the table. */
    record DeleteChain(String table, String chain) implements PassthroughCommand {
    }

    /** {@code -F [CHAIN]}; a null chain flushes every chain of the table. */
    record Flush(String table, String chain) implements PassthroughCommand {
    }

    /** {@code -E OLD NEW}. */
    record RenameChain(String table, String chain, String newName) implements PassthroughCommand {
    }

    /** {@code -P CHAIN ACCEPT|DROP} on a built-in chain. */
    record Policy(String table, String chain, boolean accept) implements PassthroughCommand {
    }
}
