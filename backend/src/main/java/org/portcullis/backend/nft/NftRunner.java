package org.portcullis.backend.nft;

import org.portcullis.backend.BackendException;

/** Runs nft documents and listings against one network namespace's nftables. */
public interface NftRunner extends AutoCloseable {

    /**
     * Runs a whole {@code nft -f} document (text, or libnftables JSON when it starts with '{') as one
     * transaction and returns what nft printed; a failure leaves the ruleset unchanged.
     */
    String run(String nftTextDocument) throws BackendException;

    /** {@code nft -j list ruleset}. */
    String listRulesetJson() throws BackendException;

    /** {@code nft -j list tables}: only table names, cheap even with a large ruleset. */
    String listTablesJson() throws BackendException;

    /** How this runner reaches nftables, for logs. */
    String description();

    @Override
    default void close() {
    }
}
