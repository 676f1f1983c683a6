package org.portcullis.model.rich;

import java.util.Optional;

/** How a rich rule logs the packets it matches: to the kernel log or to an nflog group. */
public sealed interface Logging {

    Optional<Limit> limit();

    /** {@code log [prefix="…"] [level="…"] [limit …]}. */
    record Log(Optional<String> prefix, Optional<String> level, Optional<Limit> limit) implements Logging {
    }

    /** {@code nflog [group="N"] [prefix="…"] [queue-size="N"] [limit …]}. */
    record NfLog(Optional<String> group, Optional<String> prefix, Optional<String> queueSize,
                 Optional<Limit> limit) implements Logging {
    }
}
