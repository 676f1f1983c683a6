package org.portcullis.analysis.explain;

import org.portcullis.nft.Hook;

/**
 * The zone a packet was handed to and what bound it there, in firewalld's words: {@code interface enp3s0},
 * {@code source 198.18.4.0/24} (an address, a MAC or {@code ipset:NAME}), or {@code default zone}.
 * {@code hook} is where it happened (input or forward), null when unknown.
 */
public record ZoneBinding(String zone, String binding, Hook hook) {

    /** {@code public (interface enp3s0)}. */
    public String words() {
        return zone + " (" + binding + ")";
    }
}
