package org.portcullis.engine.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import org.portcullis.engine.trace.RuleRef;

/** Packet and byte counts of counter statements, kept beside the ruleset rather than in it. */
public final class Counters {
    private final Map<RuleRef, long[]> counts = new LinkedHashMap<>();

    void hit(RuleRef rule, int bytes) {
        long[] c = counts.computeIfAbsent(rule, r -> new long[2]);
        c[0]++;
        c[1] += bytes;
    }

    public long packets(RuleRef rule) {
        long[] c = counts.get(rule);
        return c == null ? 0 : c[0];
    }

    public long bytes(RuleRef rule) {
        long[] c = counts.get(rule);
        return c == null ? 0 : c[1];
    }

    /** Rules whose counter was hit at least once, in first-hit order. */
    public java.util.Set<RuleRef> hit() {
        return java.util.Collections.unmodifiableSet(counts.keySet());
    }
}
