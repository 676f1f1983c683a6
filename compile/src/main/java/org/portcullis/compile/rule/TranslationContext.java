package org.portcullis.compile.rule;

import org.portcullis.nft.Family;

/** What a translation depends on: the table family ({@code ip} or {@code ip6}) and how jump targets resolve. */
public record TranslationContext(Family family, ChainTargets chains) {
    public TranslationContext {
        if (family != Family.IP && family != Family.IP6) {
            throw new IllegalArgumentException("iptables-syntax rules translate into ip or ip6 tables, not " + family);
        }
    }

    public boolean v6() {
        return family == Family.IP6;
    }

    /** The payload protocol of the network header: {@code ip} or {@code ip6}. */
    public String network() {
        return v6() ? "ip6" : "ip";
    }
}
