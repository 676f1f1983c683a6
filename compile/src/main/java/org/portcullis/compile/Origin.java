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

    /**
     * A rule made for a zone: {@code item} names what of the zone it enforces, as a firewalld user would say
     * it, e.g. {@code service ssh}, {@code port 8080/tcp}, {@code rich rule 'rule ... accept'}, {@code target
     * default}, {@code source 198.18.4.0/24}, {@code interface enp3s0}, {@code masquerade}.
     */
    record FromZone(String zone, String item) implements Origin {
    }

    /** A rule made for a policy, e.g. the built-in {@code allow-host-ipv6}; {@code item} as for zones. */
    record FromPolicy(String policy, String item) implements Origin {
    }

    /** A rule Portcullis adds itself, e.g. a jump into a user chain. */
    record Builtin(String description) implements Origin {
    }
}
