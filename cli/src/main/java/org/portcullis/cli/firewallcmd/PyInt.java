package org.portcullis.cli.firewallcmd;

import java.util.OptionalInt;

/** Python's {@code int(text)} for a priority, limited to D-Bus' int32: surrounding blanks, a sign, digits, single underscores between digits. */
public final class PyInt {
    private PyInt() {
    }

    public static OptionalInt parse(String text) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i >= s.length()) {
            return OptionalInt.empty();
        }
        long value = 0;
        boolean lastDigit = false;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '_') {
                if (!lastDigit) {
                    return OptionalInt.empty();
                }
                lastDigit = false;
                continue;
            }
            int digit = Character.digit(ch, 10);
            if (digit < 0 || Character.getType(ch) != Character.DECIMAL_DIGIT_NUMBER) {
                return OptionalInt.empty();
            }
            value = value * 10 + digit;
            if (value > (long) Integer.MAX_VALUE + 1) {
                return OptionalInt.empty();
            }
            lastDigit = true;
        }
        if (!lastDigit) {
            return OptionalInt.empty();
        }
        long signed = negative ? -value : value;
        return signed < Integer.MIN_VALUE || signed > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) signed);
    }
}
