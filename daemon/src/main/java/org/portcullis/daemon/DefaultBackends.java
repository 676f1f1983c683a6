package org.portcullis.daemon;

import org.portcullis.backend.Backends;

/** The real backends: nftables in the kernel, or the simulated kernel. */
public final class DefaultBackends implements BackendProvider {
    @Override
    public BackendChoice byName(String name) {
        return choice(Backends.forName(name));
    }

    @Override
    public BackendChoice detect() {
        return choice(Backends.detect());
    }

    private static BackendChoice choice(Backends.Detection d) {
        return new BackendChoice(new BackendTarget(d.backend()), d.reason());
    }
}
