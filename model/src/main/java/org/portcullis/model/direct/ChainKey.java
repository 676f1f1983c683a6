package org.portcullis.model.direct;

/** Family, table and chain as the user typed them: the key direct rules are grouped by. */
public record ChainKey(Ipv ipv, String table, String chain) {
    @Override
    public String toString() {
        return ipv + ":" + table + ":" + chain;
    }
}
