package org.portcullis.backend;

import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonWriter;

/**
 * An in-memory stand-in for the kernel: it keeps the last ruleset applied. It refuses what the kernel
 * would refuse for structural reasons (foreign tables, missing chains or sets, unmodelled statements),
 * and then keeps the previous ruleset.
 */
public final class SimBackend implements Backend {
    private Ruleset ruleset = Ruleset.EMPTY;

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public synchronized void apply(Ruleset desired) throws BackendException {
        try {
            Ownership.requireOwned(desired);
            RulesetJsonWriter.write(desired);
            SimChecks.requireResolved(desired);
        } catch (IllegalArgumentException e) {
            throw new BackendException(e.getMessage(), e);
        }
        ruleset = desired;
    }

    @Override
    public synchronized Ruleset current() {
        return ruleset;
    }

    @Override
    public synchronized void removeAll() {
        ruleset = Ruleset.EMPTY;
    }
}
