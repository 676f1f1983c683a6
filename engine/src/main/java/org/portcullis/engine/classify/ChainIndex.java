package org.portcullis.engine.classify;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portcullis.nft.Rule;

/** For one chain: which rules are candidates for a destination port. */
final class ChainIndex {
    private final int size;
    private final BitSet unguarded = new BitSet();
    private final Map<Integer, BitSet> byPort = new HashMap<>();

    ChainIndex(List<Rule> rules) {
        size = rules.size();
        for (int i = 0; i < size; i++) {
            Set<Integer> ports = PortGuard.of(rules.get(i));
            if (ports == null) {
                unguarded.set(i);
            } else {
                for (int port : ports) {
                    byPort.computeIfAbsent(port, k -> new BitSet()).set(i);
                }
            }
        }
        for (BitSet b : byPort.values()) {
            b.or(unguarded);
        }
    }

    /** The next candidate at or after {@code from}; {@code port} is -1 for packets without ports. */
    int next(int from, int port) {
        BitSet candidates = port < 0 ? unguarded : byPort.getOrDefault(port, unguarded);
        int i = candidates.nextSetBit(from);
        return i < 0 ? size : i;
    }
}
