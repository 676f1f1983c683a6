package org.portcullis.model.direct;

/** A user chain created with {@code --add-chain}. */
public record DirectChain(Ipv ipv, String table, String chain) {
    public ChainKey key() {
        return new ChainKey(ipv, table, chain);
    }
}
