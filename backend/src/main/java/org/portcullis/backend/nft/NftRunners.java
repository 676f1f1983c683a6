package org.portcullis.backend.nft;

import java.util.Optional;

import org.portcullis.backend.BackendException;

/** Chooses how to reach nftables: in-process libnftables when it loads, else the nft program. */
public final class NftRunners {
    private NftRunners() {
    }

    /** The best runner for the root namespace or the named one. */
    public static NftRunner best(Optional<String> netns) {
        try {
            return LibNftablesRunner.open(netns);
        } catch (BackendException e) {
            return netns.map(ProcessNftRunner::inNetns).orElseGet(ProcessNftRunner::new);
        }
    }
}
