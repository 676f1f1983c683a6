package org.portcullis.engine.classify;

import java.util.Arrays;

/**
 * A set of rule positions as a bit vector, with a summary bit per 64-bit word that is non-zero, so that
 * an intersection of several vectors can skip empty stretches; {@code count} is the number of positions.
 */
record Bits(long[] words, long[] summary, int count) {
    static Bits of(long[] words) {
        long[] summary = new long[(words.length + 63) >>> 6];
        int count = 0;
        for (int w = 0; w < words.length; w++) {
            if (words[w] != 0) {
                summary[w >>> 6] |= 1L << (w & 63);
                count += Long.bitCount(words[w]);
            }
        }
        return new Bits(words, summary, count);
    }

    /** Orders vectors fewest positions first, so that intersections turn empty early. */
    static void sortBySize(Bits[] vectors) {
        for (int i = 1; i < vectors.length; i++) {
            Bits b = vectors[i];
            int j = i - 1;
            while (j >= 0 && vectors[j].count > b.count) {
                vectors[j + 1] = vectors[j];
                j--;
            }
            vectors[j + 1] = b;
        }
    }

    static Bits all(int size) {
        long[] words = new long[(size + 63) >>> 6];
        for (int i = 0; i < size; i++) {
            words[i >>> 6] |= 1L << i;
        }
        return of(words);
    }

    /** The first position at or after {@code from} present in every vector, or {@code size} when none is. */
    static int firstCommon(Bits[] vectors, int from, int size) {
        int w0 = from >>> 6;
        int s0 = w0 >>> 6;
        int summaries = vectors[0].summary.length;
        for (int s = s0; s < summaries; s++) {
            long agg = s == s0 ? -1L << (w0 & 63) : -1L;
            for (int v = 0; v < vectors.length && agg != 0; v++) {
                agg &= vectors[v].summary[s];
            }
            while (agg != 0) {
                int w = (s << 6) + Long.numberOfTrailingZeros(agg);
                agg &= agg - 1;
                long x = w == w0 ? -1L << (from & 63) : -1L;
                for (int v = 0; v < vectors.length && x != 0; v++) {
                    x &= vectors[v].words[w];
                }
                if (x != 0) {
                    return (w << 6) + Long.numberOfTrailingZeros(x);
                }
            }
        }
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bits b && Arrays.equals(words, b.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }
}
