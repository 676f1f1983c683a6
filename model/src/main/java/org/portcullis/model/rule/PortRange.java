package org.portcullis.model.rule;

/** An inclusive port range; a single port has {@code from == to}. */
public record PortRange(int from, int to) {
    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("bad port range " + from + ":" + to);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean isSingle() {
        return from == to;
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    @Override
    public String toString() {
        return isSingle() ? Integer.toString(from) : from + ":" + to;
    }
}
