package org.portcullis.engine.conntrack;

import java.util.Locale;

/** The state a packet has in connection tracking, as {@code ct state} sees it. */
public enum CtState {
    NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED;

    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bit nftables uses for this state. */
    public long bit() {
        return switch (this) {
            case INVALID -> 1;
            case ESTABLISHED -> 2;
            case RELATED -> 4;
            case NEW -> 8;
            case UNTRACKED -> 64;
        };
    }
}
