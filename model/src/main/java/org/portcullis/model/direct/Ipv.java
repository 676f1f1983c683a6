package org.portcullis.model.direct;

import java.util.Optional;

/** The family word of the direct interface. */
public enum Ipv {
    IPV4("ipv4"), IPV6("ipv6"), EB("eb");

    private final String word;

    Ipv(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Ipv> fromWord(String word) {
        for (Ipv v : values()) {
            if (v.word.equals(word)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
