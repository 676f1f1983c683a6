package org.portcullis.model.net;

/** An address with a prefix length; {@code 198.18.0.0/15}. A host address has the full length. */
public record IpPrefix(IpAddress address, int length) {

    public IpPrefix {
        if (length < 0 || length > address.bits()) {
            throw new IllegalArgumentException("bad prefix length " + length);
        }
        address = address.masked(length);
    }

    public static IpPrefix host(IpAddress a) {
        return new IpPrefix(a, a.bits());
    }

    /**
     * Parses {@code ADDR}, {@code ADDR/LEN} or (IPv4) {@code ADDR/DOTTED-MASK} as iptables accepts them.
     */
    public static IpPrefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return host(IpAddress.parse(text));
        }
        IpAddress a = IpAddress.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        if (!len.isEmpty() && len.chars().allMatch(Character::isDigit) && len.length() <= 3) {
            return new IpPrefix(a, Integer.parseInt(len));
        }
        if (!a.v6() && len.indexOf('.') > 0) {
            long m = IpAddress.parse(len).lo();
            int bits = Long.bitCount(m);
            long expect = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
            if (m == expect) {
                return new IpPrefix(a, bits);
            }
        }
        throw new IllegalArgumentException("bad prefix: " + text);
    }

    public boolean isHost() {
        return length == address.bits();
    }

    public boolean contains(IpAddress a) {
        return a.v6() == address.v6() && a.masked(length).equals(address);
    }

    @Override
    public String toString() {
        return isHost() ? address.toString() : address + "/" + length;
    }
}
