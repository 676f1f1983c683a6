package org.portcullis.daemon.direct;

import java.util.List;

/**
 * Python's {@code repr} of argument lists, which firewalld puts into its duplicate/absent messages:
 * runtime rules show a tuple {@code ('-j', 'ACCEPT')}, permanent rules and passthroughs a list
 * {@code ['-j', 'ACCEPT']}.
 */
public final class PyRepr {
    private PyRepr() {
    }

    public static String tuple(List<String> items) {
        StringBuilder sb = new StringBuilder("(");
        join(sb, items);
        if (items.size() == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    public static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        join(sb, items);
        return sb.append(']').toString();
    }

    /** {@code repr(str)}: single quotes unless the text holds a single quote and no double quote. */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> appendChar(sb, cp, quote));
        return sb.append(quote).toString();
    }

    private static void join(StringBuilder sb, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(str(items.get(i)));
        }
    }

    private static void appendChar(StringBuilder sb, int cp, char quote) {
        switch (cp) {
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                if (cp == quote) {
                    sb.append('\\').append(quote);
                } else if (cp < 0x20 || cp == 0x7f) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp >= 0x80 && !printable(cp)) {
                    sb.append(cp <= 0xff ? String.format("\\x%02x", cp)
                            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                } else {
                    sb.appendCodePoint(cp);
                }
            }
        }
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && cp != ' '));
    }
}
