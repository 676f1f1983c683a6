package org.portcullis.nft;

/** Base chain types. */
public enum ChainType {
    FILTER, NAT, ROUTE;

    public String nftName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ChainType fromNft(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
