package org.portcullis.nft;

import java.util.List;

/** A chain; {@code base} is null for a regular chain reached only by jump or goto. */
public record Chain(String name, BaseHook base, List<Rule> rules) {
    public Chain {
        rules = List.copyOf(rules);
    }

    public boolean isBase() {
        return base != null;
    }
}
