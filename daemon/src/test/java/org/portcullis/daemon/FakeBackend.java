package org.portcullis.daemon;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Ruleset;

/** Counts applications and can be told to refuse the next one, like a kernel rejecting a transaction. */
final class FakeBackend implements RulesetTarget {
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
            throw new FirewallException(ErrorCode.COMMAND_FAILED,
                    "netlink: Error: Could not process rule: No such file or directory");
        }
        applied++;
    }

    @Override
    public void removeAll() {
        removed++;
    }
}
