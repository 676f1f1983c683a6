package org.portcullis.compile.direct;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.rule.RuleSpec;

/**
 * A tracked passthrough once parsed: the iptables command it stands for. These are the forms Portcullis
 * applies through its own tables ({@code -N}, {@code -A}, {@code -I}); anything else is refused when parsing.
 */
public sealed interface PassthroughCommand {

    Ipv ipv();

    String table();

    /** {@code -t TABLE -N CHAIN}. */
    record NewChain(Ipv ipv, String table, String chain) implements PassthroughCommand {
    }

    /** {@code -t TABLE -A CHAIN RULE}: after every rule already in the chain. */
    record Append(Ipv ipv, String table, String chain, RuleSpec rule) implements PassthroughCommand {
    }

    /** {@code -t TABLE -I CHAIN [POSITION] RULE}: at 1-based {@code position} (1 without a number). */
    record Insert(Ipv ipv, String table, String chain, int position, RuleSpec rule) implements PassthroughCommand {
    }
}
