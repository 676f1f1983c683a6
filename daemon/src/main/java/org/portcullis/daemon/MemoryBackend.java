package org.portcullis.daemon;


import org.portcullis.backend.Backend;
import org.portcullis.nft.Ruleset;

/** A backend that only remembers the last ruleset applied: no kernel, no simulation. */
public final class MemoryBackend implements Backend {
    private volatile Ruleset current = Ruleset.EMPTY;

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public void apply(Ruleset desired) {
        current = desired;
    }

    @Override
    public Ruleset current() {
        return current;
    }

    @Override
    public void removeAll() {
        current = Ruleset.EMPTY;
    }
}
