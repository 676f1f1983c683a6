package org.portcullis.engine.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A union of disjoint inclusive intervals {@code [lo, hi]} of non-negative values, sorted. */
record Intervals(long[] bounds) {
    static Intervals of(long lo, long hi) {
        return lo > hi ? new Intervals(new long[0]) : new Intervals(new long[] {lo, hi});
    }

    static Intervals union(List<long[]> pairs) {
        List<long[]> sorted = new ArrayList<>(pairs.stream().filter(p -> p[0] <= p[1]).toList());
        sorted.sort(Comparator.comparingLong(p -> p[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] p : sorted) {
            long[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && p[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], p[1]);
            } else {
                merged.add(new long[] {p[0], p[1]});
            }
        }
        long[] b = new long[merged.size() * 2];
        for (int i = 0; i < merged.size(); i++) {
            b[2 * i] = merged.get(i)[0];
            b[2 * i + 1] = merged.get(i)[1];
        }
        return new Intervals(b);
    }

    int size() {
        return bounds.length / 2;
    }

    long lo(int i) {
        return bounds[2 * i];
    }

    long hi(int i) {
        return bounds[2 * i + 1];
    }

    /** The values of {@code [0, max]} outside this set. */
    Intervals complement(long max) {
        List<long[]> out = new ArrayList<>();
        long next = 0;
        for (int i = 0; i < size(); i++) {
            if (lo(i) > next) {
                out.add(new long[] {next, lo(i) - 1});
            }
            next = hi(i) + 1;
        }
        if (next <= max) {
            out.add(new long[] {next, max});
        }
        return union(out);
    }

    Intervals intersect(Intervals o) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < o.size(); j++) {
                long lo = Math.max(lo(i), o.lo(j));
                long hi = Math.min(hi(i), o.hi(j));
                if (lo <= hi) {
                    out.add(new long[] {lo, hi});
                }
            }
        }
        return union(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Intervals i && Arrays.equals(bounds, i.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }
}
