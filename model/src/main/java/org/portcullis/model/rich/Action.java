package org.portcullis.model.rich;

import java.util.Optional;

/** The verdict of a rich rule, each with an optional rate limit. */
public sealed interface Action {

    Optional<Limit> limit();

    /** {@code accept}. */
    record Accept(Optional<Limit> limit) implements Action {
    }

    /** {@code reject [type="…"]}. */
    record Reject(Optional<String> type, Optional<Limit> limit) implements Action {
    }

    /** {@code drop}. */
    record Drop(Optional<Limit> limit) implements Action {
    }

    /** {@code mark set=V[/M]}. */
    record Mark(String set, Optional<Limit> limit) implements Action {
    }
}
