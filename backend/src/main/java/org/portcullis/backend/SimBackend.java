package org.portcullis.backend;

import java.util.EnumSet;
import java.util.Set;

import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonWriter;

/**
 * An in-memory stand-in for the kernel: it keeps the last ruleset applied and which forwarding was switched
 * on. It refuses what the kernel would refuse for structural reasons (foreign tables, missing chains or
 * sets, unmodelled statements), and then keeps the previous ruleset.
 */
public final class SimBackend implements Backend {
    private Ruleset ruleset = Ruleset.EMPTY;
    private final Set<Family> forwarding = EnumSet.noneOf(Family.class);

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

    @Override
    public synchronized void enableForwarding(Family family) {
        forwarding.add(family);
    }

    /** The families whose forwarding was switched on. */
    public synchronized Set<Family> forwarding() {
        return Set.copyOf(forwarding);
    }
}
