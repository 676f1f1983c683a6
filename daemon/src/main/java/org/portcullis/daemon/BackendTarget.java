package org.portcullis.daemon;

import org.portcullis.backend.Backend;
import org.portcullis.backend.BackendException;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;

/** A backend as the daemon's ruleset target: backend errors become COMMAND_FAILED with the backend's text. */
public record BackendTarget(Backend backend) implements RulesetTarget {
    @Override
    public String name() {
        return backend.name();
    }

    @Override
    public void apply(Ruleset desired) {
        try {
            backend.apply(desired);
        } catch (BackendException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, e.getMessage());
        }
    }

    @Override
    public void removeAll() {
        try {
            backend.removeAll();
        } catch (BackendException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, e.getMessage());
        }
    }

    @Override
    public void enableForwarding(Family family) {
        try {
            backend.enableForwarding(family);
        } catch (BackendException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, e.getMessage());
        }
    }
}
