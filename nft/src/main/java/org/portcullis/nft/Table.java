package org.portcullis.nft;

import java.util.List;

/** A table of one family with its sets and chains. */
public record Table(Family family, String name, List<NamedSet> sets, List<Chain> chains) {
    public Table {
        sets = List.copyOf(sets);
        chains = List.copyOf(chains);
    }

    public Chain chain(String chainName) {
        for (Chain c : chains) {
            if (c.name().equals(chainName)) {
                return c;
            }
        }
        return null;
    }
}
