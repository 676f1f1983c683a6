package org.portcullis.config.iptables;

import java.util.List;

/** Walks the argument words of one rule the way getopt hands them out. */
final class ArgCursor {
    private final List<String> args;
    private int pos;
    private String inline;
    private String word;

    ArgCursor(List<String> args) {
        this.args = args;
    }

    boolean hasNext() {
        return pos < args.size();
    }

    String peek() {
        return args.get(pos);
    }

    /** The next word; for {@code --opt=value} the option part, keeping the value for {@link #value}. */
    String next() {
        word = args.get(pos++);
        inline = null;
        int eq = word.indexOf('=');
        if (word.startsWith("--") && eq > 2) {
            inline = word.substring(eq + 1);
            return word.substring(0, eq);
        }
        return word;
    }

    /** Like {@link #value}, but an inline value yields the whole {@code --opt=value} word (iptables' own options). */
    String builtinValue(String option) {
        if (inline != null) {
            inline = null;
            return word;
        }
        return value(option);
    }

    /** The argument of {@code option}: its inline value or the next word, whatever it looks like. */
    String value(String option) {
        if (inline != null) {
            String v = inline;
            inline = null;
            return v;
        }
        if (!hasNext()) {
            throw IptablesError.option("option \"" + option + "\" requires an argument");
        }
        return args.get(pos++);
    }
}
