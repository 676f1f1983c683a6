package org.portcullis.engine.eval;

/** Interface name matching as nftables does it: a trailing {@code *} matches any suffix. */
public final class Interfaces {
    private Interfaces() {
    }

    public static boolean matches(String actual, String pattern) {
        if (pattern.endsWith("\\*")) {
            return actual.equals(pattern.substring(0, pattern.length() - 2) + "*");
        }
        if (pattern.endsWith("*")) {
            return actual.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return actual.equals(pattern);
    }
}
