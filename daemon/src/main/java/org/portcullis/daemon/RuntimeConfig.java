package org.portcullis.daemon;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.Passthrough;

/**
 * What is applied now: the tracked direct configuration, untracked passthroughs (never listed or saved),
 * and the runtime zones, default zone and panic mode.
 */
public record RuntimeConfig(DirectConfig tracked, List<Passthrough> untracked, ZoneSet zones) {
    public static final RuntimeConfig EMPTY = new RuntimeConfig(DirectConfig.EMPTY, List.of(), ZoneSet.EMPTY);

    public RuntimeConfig {
        untracked = List.copyOf(untracked);
    }

    public RuntimeConfig(DirectConfig tracked, List<Passthrough> untracked) {
        this(tracked, untracked, ZoneSet.EMPTY);
    }

    public RuntimeConfig withTracked(DirectConfig next) {
        return new RuntimeConfig(next, untracked, zones);
    }

    public RuntimeConfig withUntracked(List<Passthrough> next) {
        return new RuntimeConfig(tracked, next, zones);
    }

    public RuntimeConfig withZones(ZoneSet next) {
        return new RuntimeConfig(tracked, untracked, next);
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
