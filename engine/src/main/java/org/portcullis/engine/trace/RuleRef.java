package org.portcullis.engine.trace;

import org.portcullis.nft.Family;

/** Where a rule lives: table, chain and its position (0-based) in the chain. */
public record RuleRef(Family family, String table, String chain, int index) {

    @Override
    public String toString() {
        return family.nftName() + " " + table + " " + chain + " #" + index;
    }
}
