package org.portcullis.daemon;

import org.portcullis.nft.Ruleset;

/** A target that only remembers the last ruleset applied: no kernel, no simulation. */
public final class MemoryTarget implements RulesetTarget {
    private volatile Ruleset current = Ruleset.EMPTY;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void apply(Ruleset desired) {
        current = desired;
    }

    public Ruleset current() {
        return current;
    }

    @Override
    public void removeAll() {
        current = Ruleset.EMPTY;
    }
}
