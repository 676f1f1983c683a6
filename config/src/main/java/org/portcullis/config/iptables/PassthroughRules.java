package org.portcullis.config.iptables;

import java.util.List;

/** Checks on passthrough arguments. */
public final class PassthroughRules {
    private PassthroughRules() {
    }

    /** firewalld's check for tracked passthroughs: FirewallException(INVALID_PASSTHROUGH, ...) when refused. */
    public static void checkTracked(List<String> args) {
        throw new UnsupportedOperationException("contract");
    }
}
