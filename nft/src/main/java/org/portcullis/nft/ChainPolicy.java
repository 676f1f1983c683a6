package org.portcullis.nft;

/** The verdict a base chain gives when no rule decided. */
public enum ChainPolicy {
    ACCEPT, DROP;

    public String nftName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
