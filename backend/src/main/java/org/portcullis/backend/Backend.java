package org.portcullis.backend;

import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;

/**
 * Where Portcullis' ruleset lives: the kernel, or an in-memory stand-in. A backend owns exactly the tables
 * whose names start with {@code portcullis} and never touches any other table.
 */
public sealed interface Backend extends AutoCloseable permits NftablesBackend, SimBackend {

    String name();

    /**
     * Replaces all owned tables with {@code desired} in one atomic transaction. On failure nothing changed
     * and the exception carries the error text.
     */
    void apply(Ruleset desired) throws BackendException;

    /** The owned tables as they are now. */
    Ruleset current() throws BackendException;

    /** Deletes every owned table. */
    void removeAll() throws BackendException;

    /** Switches on forwarding of {@code family} ({@code IP} or {@code IP6}), as masquerading needs. */
    void enableForwarding(Family family) throws BackendException;

    @Override
    default void close() {
    }
}
