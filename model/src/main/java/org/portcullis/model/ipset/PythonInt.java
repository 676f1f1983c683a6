package org.portcullis.model.ipset;

import java.math.BigInteger;
import java.util.Optional;

/** Python's {@code int(text)} for decimal text: blanks around, a sign, digits with single underscores between. */
final class PythonInt {
    private PythonInt() {
    }

    static Optional<BigInteger> parse(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")
                || !s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '_')) {
            return Optional.empty();
        }
        BigInteger v = new BigInteger(s.replace("_", ""));
        return Optional.of(negative ? v.negate() : v);
    }

    /** {@code int(text, 16)} for text starting {@code 0x}: hex digits with single underscores, optional. */
    static Optional<BigInteger> parseHex(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.regionMatches(true, 0, "0x", 0, 2)) {
            s = s.substring(2);
            if (s.startsWith("_")) {
                s = s.substring(1);
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")
                || !s.chars().allMatch(c -> c < 128 && Character.digit(c, 16) >= 0 || c == '_')) {
            return Optional.empty();
        }
        BigInteger v = new BigInteger(s.replace("_", ""), 16);
        return Optional.of(negative ? v.negate() : v);
    }
}
