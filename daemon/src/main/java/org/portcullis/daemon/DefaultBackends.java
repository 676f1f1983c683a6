package org.portcullis.daemon;

import org.portcullis.backend.Backends;

/** The backends of this build: nftables when usable, else the simulator; {@code --backend} forces one. */
public final class DefaultBackends implements BackendProvider {
    @Override
    public BackendChoice byName(String name) {
        Backends.Detection d = Backends.forName(name);
        return new BackendChoice(new BackendTarget(d.backend()), d.reason());
    }

    @Override
    public BackendChoice detect() {
        Backends.Detection d = Backends.detect();
        return new BackendChoice(new BackendTarget(d.backend()), d.reason());
    }
}
