package org.portcullis.backend;

import org.portcullis.nft.Ruleset;

/** Where rulesets are applied: the kernel through nftables, or the simulated kernel. */
public interface Backend {
    String name();

    /** Replaces every Portcullis-owned table with {@code desired} in one transaction; BackendException on failure. */
    void apply(Ruleset desired);

    /** The Portcullis-owned tables as currently applied. */
    Ruleset current();

    /** Deletes every Portcullis-owned table. */
    void removeAll();
}
