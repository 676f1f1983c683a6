package org.portcullis.compile;

import java.util.Map;
import java.util.Optional;

/** Maps compiled rules back to their origins. */
public record SourceMap(Map<RuleRef, Origin> origins) {
    public SourceMap {
        origins = Map.copyOf(origins);
    }

    public Optional<Origin> origin(RuleRef ref) {
        return Optional.ofNullable(origins.get(ref));
    }
}
