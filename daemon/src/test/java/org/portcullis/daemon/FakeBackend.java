package org.portcullis.daemon;

import org.portcullis.backend.Backend;
import org.portcullis.backend.BackendException;
import org.portcullis.nft.Ruleset;

/** Counts applications and can be told to refuse the next one, like a kernel rejecting a transaction. */
final class FakeBackend implements Backend {
    int applied;
    int removed;
    boolean failNext;

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public void apply(Ruleset desired) {
        if (failNext) {
            failNext = false;
            throw new BackendException("netlink: Error: Could not process rule: No such file or directory");
        }
        applied++;
    }

    @Override
    public Ruleset current() {
        return Ruleset.EMPTY;
    }

    @Override
    public void removeAll() {
        removed++;
    }
}
