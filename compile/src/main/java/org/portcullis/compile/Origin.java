package org.portcullis.compile;

import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;

/** What produced a kernel rule, in the user's own words. */
public sealed interface Origin {

    /** A direct rule; {@code part} numbers the kernel rules a comma list of addresses was split into. */
    record FromDirectRule(DirectRule rule, int part) implements Origin {
    }

    record FromPassthrough(Passthrough passthrough) implements Origin {
    }

    /** A rule Portcullis adds itself, e.g. a jump into a user chain. */
    record Builtin(String description) implements Origin {
    }
}
