package org.portcullis.daemon;

import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;

/**
 * Where the daemon's compiled rulesets go: a backend, seen from the daemon. Failures are
 * FirewallException(COMMAND_FAILED) carrying the backend's own text, and leave the previous ruleset in place.
 */
public interface RulesetTarget {
    String name();

    /** Replaces every Portcullis table with {@code desired} in one transaction. */
    void apply(Ruleset desired);

    /** Deletes every Portcullis table. */
    void removeAll();

    /** Switches on forwarding of {@code family} ({@code IP} or {@code IP6}); a target without a kernel ignores it. */
    default void enableForwarding(Family family) {
    }
}
