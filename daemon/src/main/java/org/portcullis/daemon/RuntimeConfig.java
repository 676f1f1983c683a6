package org.portcullis.daemon;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.Passthrough;

/** What is applied now: the tracked direct configuration and untracked passthroughs (never listed or saved). */
public record RuntimeConfig(DirectConfig tracked, List<Passthrough> untracked) {
    public static final RuntimeConfig EMPTY = new RuntimeConfig(DirectConfig.EMPTY, List.of());

    public RuntimeConfig {
        untracked = List.copyOf(untracked);
    }

    /** Everything the kernel should enforce, as one configuration for the compiler. */
    public DirectConfig effective() {
        if (untracked.isEmpty()) {
            return tracked;
        }
        List<Passthrough> all = new ArrayList<>(tracked.passthroughs());
        all.addAll(untracked);
        return DirectConfig.of(tracked.chains(), tracked.rules(), all);
    }
}
