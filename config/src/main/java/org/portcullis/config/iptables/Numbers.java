package org.portcullis.config.iptables;

/** C-style unsigned number parsing (base 0: {@code 0x} hex, leading {@code 0} octal) as xtables uses it. */
final class Numbers {
    private Numbers() {
    }

    /** The value of the whole text, or -1 when it is not a number in [0, max]. */
    static long parse(String text, long max) {
        long[] r = prefix(text, 0);
        return r == null || r[1] != text.length() || r[0] > max ? -1 : r[0];
    }

    /** Parses a number at {@code from}: {value, end index}, or null when no digit is there or it overflows. */
    static long[] prefix(String text, int from) {
        int i = from;
        int radix = 10;
        if (text.startsWith("0x", i) || text.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        } else if (text.startsWith("0", i)) {
            radix = 8;
        }
        int start = i;
        long v = 0;
        while (i < text.length() && Character.digit(text.charAt(i), radix) >= 0 && text.charAt(i) < 128) {
            v = v * radix + Character.digit(text.charAt(i), radix);
            if (v > 0xffffffffL * 16) {
                return null;
            }
            i++;
        }
        if (i == start && radix != 8) {
            return null;
        }
        return new long[] {v, i};
    }
}
