package org.portcullis.model.net;

import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address held as two longs (IPv4 lives in the low 32 bits of {@code lo}).
 * Parsing never resolves names.
 */
public record IpAddress(boolean v6, long hi, long lo) implements Comparable<IpAddress> {

    public static IpAddress v4(int value) {
        return new IpAddress(false, 0, value & 0xffffffffL);
    }

    public int bits() {
        return v6 ? 128 : 32;
    }

    /** Parses a literal IPv4 dotted quad or IPv6 address; throws IllegalArgumentException otherwise. */
    public static IpAddress parse(String text) {
        Objects.requireNonNull(text);
        if (text.indexOf(':') >= 0) {
            return parseV6(text);
        }
        return parseV4(text);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static IpAddress parseV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            v = (v << 8) | octet;
        }
        return new IpAddress(false, 0, v);
    }

    private static IpAddress parseV6(String text) {
        String s = text;
        int[] groups = new int[8];
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] h = groups(head, text, dbl < 0);
        int[] t = groups(tail, text, true);
        if (dbl < 0 && h.length != 8 || dbl >= 0 && h.length + t.length > 7) {
            throw new IllegalArgumentException("not an IPv6 address: " + text);
        }
        System.arraycopy(h, 0, groups, 0, h.length);
        System.arraycopy(t, 0, groups, 8 - t.length, t.length);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = (hi << 16) | groups[i];
            lo = (lo << 16) | groups[i + 4];
        }
        return new IpAddress(true, hi, lo);
    }

    private static int[] groups(String part, String text, boolean allowV4Tail) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] words = part.split(":", -1);
        int n = words.length;
        boolean v4tail = allowV4Tail && words[n - 1].indexOf('.') >= 0;
        int[] out = new int[v4tail ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String w = words[i];
            if (v4tail && i == n - 1) {
                long v = parseV4(w).lo();
                out[i] = (int) (v >>> 16);
                out[i + 1] = (int) (v & 0xffff);
                continue;
            }
            if (w.isEmpty() || w.length() > 4) {
                throw new IllegalArgumentException("not an IPv6 address: " + text);
            }
            try {
                out[i] = Integer.parseInt(w, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv6 address: " + text, e);
            }
        }
        return out;
    }

    /** The address with all bits after the first {@code len} cleared. */
    public IpAddress masked(int len) {
        if (!v6) {
            long mask = len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
            return new IpAddress(false, 0, lo & mask);
        }
        long mhi = len >= 64 ? -1L : len == 0 ? 0 : -1L << (64 - len);
        long mlo = len <= 64 ? 0 : len >= 128 ? -1L : -1L << (128 - len);
        return new IpAddress(true, hi & mhi, lo & mlo);
    }

    @Override
    public int compareTo(IpAddress o) {
        if (v6 != o.v6) {
            return v6 ? 1 : -1;
        }
        int c = Long.compareUnsigned(hi, o.hi);
        return c != 0 ? c : Long.compareUnsigned(lo, o.lo);
    }

    @Override
    public String toString() {
        if (!v6) {
            return ((lo >>> 24) & 0xff) + "." + ((lo >>> 16) & 0xff) + "." + ((lo >>> 8) & 0xff) + "." + (lo & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) ((hi >>> (48 - 16 * i)) & 0xffff);
            g[i + 4] = (int) ((lo >>> (48 - 16 * i)) & 0xffff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    public byte[] toBytes() {
        byte[] b = new byte[v6 ? 16 : 4];
        if (!v6) {
            for (int i = 0; i < 4; i++) {
                b[i] = (byte) (lo >>> (24 - 8 * i));
            }
        } else {
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (hi >>> (56 - 8 * i));
                b[i + 8] = (byte) (lo >>> (56 - 8 * i));
            }
        }
        return Arrays.copyOf(b, b.length);
    }
}
