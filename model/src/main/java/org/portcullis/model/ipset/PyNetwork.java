package org.portcullis.model.ipset;

import java.util.Optional;

import org.portcullis.model.net.IpAddress;

/**
 * A network as Python's {@code ipaddress.ip_network(text, strict=False)} reads it, which is how firewalld
 * normalizes ipset entries and finds overlapping ones: host bits cleared, IPv4 masks also as dotted netmask or
 * hostmask, printed always with the prefix length.
 */
record PyNetwork(IpAddress address, int length) implements Comparable<PyNetwork> {

    PyNetwork {
        address = address.masked(length);
    }

    static Optional<PyNetwork> parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<PyNetwork> v4 = v4Address(parts[0]).flatMap(a -> {
            if (parts.length == 1) {
                return Optional.of(new PyNetwork(a, 32));
            }
            return prefix(parts[1], 32).or(() -> v4Mask(parts[1])).map(len -> new PyNetwork(a, len));
        });
        if (v4.isPresent()) {
            return v4;
        }
        return v6Address(parts[0]).flatMap(a -> parts.length == 1 ? Optional.of(new PyNetwork(a, 128))
                : prefix(parts[1], 128).map(len -> new PyNetwork(a, len)));
    }

    /** Dotted quad, each part 0..255 in at most three digits without a leading zero. */
    static Optional<IpAddress> v4Address(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(c -> c >= '0' && c <= '9')
                    || o.length() > 1 && o.charAt(0) == '0' || Integer.parseInt(o) > 255) {
                return Optional.empty();
            }
        }
        return Optional.of(IpAddress.parse(text));
    }

    private static Optional<IpAddress> v6Address(String text) {
        if (text.indexOf(':') < 0 || !IpAddress.isValid(text)) {
            return Optional.empty();
        }
        int colon = text.lastIndexOf(':');
        String tail = text.substring(colon + 1);
        if (tail.indexOf('.') >= 0 && v4Address(tail).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IpAddress.parse(text));
    }

    private static Optional<Integer> prefix(String text, int max) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 3 || Integer.parseInt(digits) > max) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    /** A dotted netmask (ones first) or hostmask (zeros first) as a prefix length. */
    private static Optional<Integer> v4Mask(String text) {
        return v4Address(text).flatMap(m -> contiguous(m.lo()).or(() -> contiguous(~m.lo() & 0xffffffffL)));
    }

    private static Optional<Integer> contiguous(long mask) {
        int ones = Long.bitCount(mask);
        long expect = ones == 0 ? 0 : (0xffffffffL << (32 - ones)) & 0xffffffffL;
        return mask == expect ? Optional.of(ones) : Optional.empty();
    }

    boolean v6() {
        return address.v6();
    }

    IpAddress last() {
        if (!address.v6()) {
            long host = length == 32 ? 0 : (1L << (32 - length)) - 1;
            return new IpAddress(false, 0, address.lo() | host);
        }
        long hostHi = length >= 64 ? 0 : length == 0 ? -1L : (1L << (64 - length)) - 1;
        long hostLo = length >= 128 ? 0 : length <= 64 ? -1L : (1L << (128 - length)) - 1;
        return new IpAddress(true, address.hi() | hostHi, address.lo() | hostLo);
    }

    private boolean contains(IpAddress a) {
        return a.v6() == address.v6() && a.masked(length).equals(address);
    }

    /** Whether the two networks share an address; networks of different families never do. */
    boolean overlaps(PyNetwork other) {
        return contains(other.address) || contains(other.last()) || other.contains(address)
                || other.contains(last());
    }

    /** Python's order of networks: by address, then by prefix length; IPv4 before IPv6. */
    @Override
    public int compareTo(PyNetwork o) {
        int c = address.compareTo(o.address);
        return c != 0 ? c : Integer.compare(length, o.length);
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
