package org.portcullis.engine.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.engine.Packet;

/** Address family and layer-4 protocol together: a table of 2 × 256 vectors. */
final class ProtocolDimension implements Dimension {
    private final Bits[] table = new Bits[ProtocolSet.SIZE];

    /** {@code allowed.get(r)} is the family/protocol combinations rule r can match, null for all. */
    ProtocolDimension(List<ProtocolSet> allowed) {
        int size = allowed.size();
        Map<Bits, Bits> shared = new HashMap<>();
        for (int key = 0; key < ProtocolSet.SIZE; key++) {
            long[] words = new long[(size + 63) >>> 6];
            for (int r = 0; r < size; r++) {
                ProtocolSet a = allowed.get(r);
                if (a == null || a.contains(key)) {
                    words[r >>> 6] |= 1L << (r & 63);
                }
            }
            Bits b = Bits.of(words);
            table[key] = shared.computeIfAbsent(b, k -> k);
        }
    }

    @Override
    public Bits select(Packet packet) {
        return table[ProtocolSet.key(packet.v6(), packet.protocol())];
    }
}
