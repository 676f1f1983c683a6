package org.portcullis.engine.classify;

import java.util.BitSet;

/** Combinations of address family and layer-4 protocol a rule can match. */
record ProtocolSet(BitSet keys) {
    static final int SIZE = 512;

    static int key(boolean v6, int protocol) {
        return (v6 ? 256 : 0) + (protocol & 0xff);
    }

    static ProtocolSet all() {
        BitSet b = new BitSet(SIZE);
        b.set(0, SIZE);
        return new ProtocolSet(b);
    }

    boolean contains(int key) {
        return keys.get(key);
    }

    ProtocolSet and(ProtocolSet o) {
        BitSet b = (BitSet) keys.clone();
        b.and(o.keys);
        return new ProtocolSet(b);
    }

    boolean isAll() {
        return keys.cardinality() == SIZE;
    }
}
