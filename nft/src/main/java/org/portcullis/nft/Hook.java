package org.portcullis.nft;

/** Netfilter hooks of the ip, ip6 and inet families (plus netdev ingress). */
public enum Hook {
    PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING, INGRESS;

    public String nftName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Hook fromNft(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
