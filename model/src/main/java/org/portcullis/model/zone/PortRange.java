package org.portcullis.model.zone;

import java.util.Optional;

/** A port or an inclusive range of ports, {@code low <= high}; printed {@code 22} or {@code 8000-8080}. */
public record PortRange(int low, int high) implements Comparable<PortRange> {
    public static final int MAX = 65535;

    public PortRange {
        if (low < 0 || high > MAX || low > high) {
            throw new IllegalArgumentException("bad port range " + low + "-" + high);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /**
     * Reads {@code P} or {@code P-P} as firewalld does: numbers (at most 65535) or service names from
     * {@code /etc/services}; a reversed range is swapped and {@code P-P} with equal ends is a single port.
     */
    public static Optional<PortRange> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Optional<Integer> whole = port(s);
        if (whole.isPresent()) {
            return whole.map(PortRange::single);
        }
        for (int dash = s.indexOf('-'); dash >= 0; dash = s.indexOf('-', dash + 1)) {
            Optional<Integer> a = port(s.substring(0, dash));
            Optional<Integer> b = port(s.substring(dash + 1));
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(new PortRange(Math.min(a.get(), b.get()), Math.max(a.get(), b.get())));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> port(String s) {
        Optional<Integer> n = number(s);
        return n.isPresent() || s.isEmpty() || s.chars().allMatch(c -> c >= '0' && c <= '9') ? n
                : PortNames.lookup(s);
    }

    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    private static Optional<Integer> number(String s) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int v = Integer.parseInt(s);
        return v > MAX ? Optional.empty() : Optional.of(v);
    }

    public boolean isSingle() {
        return low == high;
    }

    public boolean contains(PortRange other) {
        return low <= other.low && other.high <= high;
    }

    /** True when the two ranges share a port. */
    public boolean overlaps(PortRange other) {
        return low <= other.high && other.low <= high;
    }

    public PortRange union(PortRange other) {
        return new PortRange(Math.min(low, other.low), Math.max(high, other.high));
    }

    @Override
    public int compareTo(PortRange o) {
        return low != o.low ? Integer.compare(low, o.low) : Integer.compare(high, o.high);
    }

    @Override
    public String toString() {
        return isSingle() ? Integer.toString(low) : low + "-" + high;
    }
}
