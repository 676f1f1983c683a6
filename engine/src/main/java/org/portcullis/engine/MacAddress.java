package org.portcullis.engine;

import java.util.Locale;

import org.portcullis.model.net.IpAddress;

/** A 48-bit Ethernet (link-layer) address, held in the low 48 bits of {@code value}. */
public record MacAddress(long value) implements Comparable<MacAddress> {
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);
    public static final MacAddress ZERO = new MacAddress(0);

    public MacAddress {
        if ((value & ~0xffff_ffff_ffffL) != 0) {
            throw new IllegalArgumentException("not a 48-bit address: " + Long.toHexString(value));
        }
    }

    /** Parses six pairs of hex digits separated by colons (or dashes), in either case. */
    public static MacAddress parse(String text) {
        String[] parts = text.split("[:-]", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException("not a MAC address: " + text);
            }
            v = v << 8 | Integer.parseInt(p, 16);
        }
        return new MacAddress(v);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The destination address of a frame carrying a packet to IPv4 or IPv6 multicast address {@code a}:
     * 01:00:5e and the low 23 bits, or 33:33 and the low 32 bits; null for other addresses.
     */
    public static MacAddress multicast(IpAddress a) {
        if (!a.v6() && (a.lo() >>> 28) == 0xe) {
            return new MacAddress(0x01005e000000L | (a.lo() & 0x7fffff));
        }
        if (a.v6() && (a.hi() >>> 56) == 0xff) {
            return new MacAddress(0x333300000000L | (a.lo() & 0xffffffffL));
        }
        return null;
    }

    @Override
    public int compareTo(MacAddress o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            if (shift < 40) {
                b.append(':');
            }
            b.append(String.format(Locale.ROOT, "%02x", (value >>> shift) & 0xff));
        }
        return b.toString();
    }
}
