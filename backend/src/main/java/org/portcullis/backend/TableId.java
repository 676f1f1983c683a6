package org.portcullis.backend;

import org.portcullis.nft.Family;

/** A table's identity: family and name. */
public record TableId(Family family, String name) {

    /** {@code F N}, as nft commands name a table. */
    public String spec() {
        return family.nftName() + " " + name;
    }
}
