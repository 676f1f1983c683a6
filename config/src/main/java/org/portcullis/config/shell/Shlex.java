package org.portcullis.config.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** POSIX shell-like word splitting and quoting, as firewalld applies them to direct-rule arguments. */
public final class Shlex {
    private static final String NO_CLOSING_QUOTATION = "No closing quotation";
    private static final String NO_ESCAPED_CHARACTER = "No escaped character";

    private Shlex() {
    }

    /** Splits like Python's shlex.split (POSIX mode); throws IllegalArgumentException on an open quote. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            switch (c) {
                case '\\' -> {
                    if (++i >= n) {
                        throw new IllegalArgumentException(NO_ESCAPED_CHARACTER);
                    }
                    word.append(text.charAt(i));
                }
                case '\'' -> {
                    int end = text.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException(NO_CLOSING_QUOTATION);
                    }
                    word.append(text, i + 1, end);
                    i = end;
                }
                case '"' -> i = doubleQuoted(text, i + 1, word);
                default -> word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** Appends the inside of a double-quoted part starting at {@code from}; returns the closing quote's index. */
    private static int doubleQuoted(String text, int from, StringBuilder word) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                if (++i >= n) {
                    throw new IllegalArgumentException(NO_ESCAPED_CHARACTER);
                }
                char next = text.charAt(i);
                if (next != '"' && next != '\\') {
                    word.append('\\');
                }
                word.append(next);
            } else {
                word.append(c);
            }
        }
        throw new IllegalArgumentException(NO_CLOSING_QUOTATION);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Quotes one word like Python's shlex.quote. */
    public static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        if (word.chars().allMatch(Shlex::isSafe)) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    private static boolean isSafe(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_@%+=:,./-".indexOf(c) >= 0;
    }

    /** Quotes each word and joins them with single spaces. */
    public static String join(List<String> words) {
        return words.stream().map(Shlex::quote).collect(Collectors.joining(" "));
    }
}
