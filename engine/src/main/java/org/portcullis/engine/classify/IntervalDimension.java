package org.portcullis.engine.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.portcullis.engine.Packet;

/**
 * A numeric field cut into elementary intervals, each with the vector of rules whose constraint covers
 * it (Lakshman–Stiliadis). Packets the field does not apply to (e.g. IPv6 for an IPv4 address), or whose value lies outside the
 * field's range, see every rule.
 */
final class IntervalDimension implements Dimension {
    private final long[] starts;
    private final Bits[] vectors;
    private final Bits all;
    private final boolean v6;
    private final long max;
    private final ToLongFunction<Packet> field;

    /** {@code sets.get(r)} is rule r's constraint, null when it has none; {@code v6} is the family it applies to. */
    IntervalDimension(List<Intervals> sets, long max, boolean v6, ToLongFunction<Packet> field) {
        this.v6 = v6;
        this.max = max;
        this.field = field;
        int size = sets.size();
        all = Bits.all(size);
        long[] cuts = cuts(sets, max);
        long[] words = all.words().clone();
        for (int r = 0; r < size; r++) {
            if (sets.get(r) != null) {
                words[r >>> 6] &= ~(1L << (r & 63));
            }
        }
        Map<Bits, Bits> shared = new HashMap<>();
        long[][] events = events(sets);
        Bits[] out = new Bits[cuts.length];
        int e = 0;
        for (int c = 0; c < cuts.length; c++) {
            while (e < events.length && events[e][0] <= cuts[c]) {
                int r = (int) events[e][1];
                if (events[e][2] == 1) {
                    words[r >>> 6] |= 1L << (r & 63);
                } else {
                    words[r >>> 6] &= ~(1L << (r & 63));
                }
                e++;
            }
            Bits b = Bits.of(words.clone());
            out[c] = shared.computeIfAbsent(b, k -> k);
        }
        starts = cuts;
        vectors = out;
    }

    private static long[] cuts(List<Intervals> sets, long max) {
        long[] all = sets.stream().filter(s -> s != null).flatMapToLong(s -> {
            long[] b = new long[s.size() * 2];
            for (int i = 0; i < s.size(); i++) {
                b[2 * i] = s.lo(i);
                b[2 * i + 1] = s.hi(i) + 1;
            }
            return Arrays.stream(b);
        }).filter(x -> x <= max).toArray();
        long[] withZero = Arrays.copyOf(all, all.length + 1);
        return Arrays.stream(withZero).sorted().distinct().toArray();
    }

    /** Position, rule, 1 to add or 0 to remove; removals before additions at one position. */
    private static long[][] events(List<Intervals> sets) {
        return java.util.stream.IntStream.range(0, sets.size()).filter(r -> sets.get(r) != null).boxed()
                .flatMap(r -> {
                    Intervals s = sets.get(r);
                    return java.util.stream.IntStream.range(0, s.size()).boxed().flatMap(i -> java.util.stream.Stream.of(
                            new long[] {s.lo(i), r, 1}, new long[] {s.hi(i) + 1, r, 0}));
                })
                .sorted((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[2], b[2]))
                .toArray(long[][]::new);
    }

    @Override
    public Bits select(Packet packet) {
        long key = packet.v6() == v6 ? field.applyAsLong(packet) : -1;
        if (key < 0 || key > max) {
            return all;
        }
        int i = Arrays.binarySearch(starts, key);
        return vectors[i >= 0 ? i : -i - 2];
    }
}
