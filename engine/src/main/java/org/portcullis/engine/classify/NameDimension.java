package org.portcullis.engine.classify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.portcullis.engine.Packet;

/** An interface name field; the vector for a name is computed when a packet first carries it. */
final class NameDimension implements Dimension {
    private final List<NameTest> tests;
    private final Function<Packet, String> field;
    private final Map<String, Bits> byName = new ConcurrentHashMap<>();

    /** {@code tests.get(r)} is rule r's constraint, null when it has none. */
    NameDimension(List<NameTest> tests, Function<Packet, String> field) {
        this.tests = tests;
        this.field = field;
    }

    @Override
    public Bits select(Packet packet) {
        String name = field.apply(packet);
        return byName.computeIfAbsent(name == null ? "" : name, this::vector);
    }

    private Bits vector(String name) {
        long[] words = new long[(tests.size() + 63) >>> 6];
        for (int r = 0; r < tests.size(); r++) {
            NameTest t = tests.get(r);
            if (t == null || t.admits(name)) {
                words[r >>> 6] |= 1L << (r & 63);
            }
        }
        return Bits.of(words);
    }
}
