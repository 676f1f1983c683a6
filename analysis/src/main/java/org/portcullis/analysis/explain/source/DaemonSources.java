package org.portcullis.analysis.explain.source;

import java.util.Optional;

/** The daemon's configurations as ruleset sources, when a daemon answers. */
@FunctionalInterface
public interface DaemonSources {

    /** No daemon source is available. */
    DaemonSources NONE = layer -> Optional.empty();

    /** The source for {@code layer}, or empty when no daemon can provide it. */
    Optional<RulesetSource> source(DaemonLayer layer);
}
