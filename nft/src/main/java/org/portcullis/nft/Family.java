package org.portcullis.nft;

/** nftables table families. */
public enum Family {
    IP("ip"), IP6("ip6"), INET("inet"), ARP("arp"), BRIDGE("bridge"), NETDEV("netdev");

    private final String nftName;

    Family(String nftName) {
        this.nftName = nftName;
    }

    public String nftName() {
        return nftName;
    }

    public static Family fromNft(String name) {
        for (Family f : values()) {
            if (f.nftName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown family " + name);
    }
}
