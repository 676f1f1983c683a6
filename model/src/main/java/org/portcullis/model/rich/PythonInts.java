package org.portcullis.model.rich;

import java.math.BigInteger;

/** Integer spellings as firewalld's checks accept them: decimal, or {@code 0x}/{@code 0o}/{@code 0b} prefixed. */
final class PythonInts {
    private PythonInts() {
    }

    /** True when {@code text} is an integer literal whose value lies in {@code 0..max}. */
    static boolean fits(String text, long max) {
        BigInteger v = parse(text);
        return v != null && v.signum() >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** A plain decimal integer with optional sign and surrounding blanks. */
    static boolean isDecimal(String text) {
        String s = text.strip();
        if (s.startsWith("+") || s.startsWith("-")) {
            s = s.substring(1);
        }
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static BigInteger parse(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int radix = 10;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b")) {
            radix = switch (lower.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            s = s.substring(2);
        } else if (s.length() > 1 && s.startsWith("0") && !s.chars().allMatch(c -> c == '0')) {
            return null;
        }
        final int base = radix;
        if (s.isEmpty() || !s.chars().allMatch(c -> c < 128 && Character.digit(c, base) >= 0)) {
            return null;
        }
        BigInteger v = new BigInteger(s, base);
        return negative ? v.negate() : v;
    }
}
