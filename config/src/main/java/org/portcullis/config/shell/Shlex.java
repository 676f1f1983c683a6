package org.portcullis.config.shell;

import java.util.List;

/** POSIX shell-like word splitting and quoting, as firewalld applies them to direct-rule arguments. */
public final class Shlex {
    private Shlex() {
    }

    /** Splits like Python's shlex.split (POSIX mode); throws IllegalArgumentException on an open quote. */
    public static List<String> split(String text) {
        throw new UnsupportedOperationException("contract");
    }

    /** Quotes one word like Python's shlex.quote. */
    public static String quote(String word) {
        throw new UnsupportedOperationException("contract");
    }

    /** Quotes each word and joins them with single spaces. */
    public static String join(List<String> words) {
        throw new UnsupportedOperationException("contract");
    }
}
