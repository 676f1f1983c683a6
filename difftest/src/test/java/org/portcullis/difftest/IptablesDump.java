package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code iptables-save} file: per table ({@code *filter}) its chain declarations ({@code :INPUT DROP [0:0]},
 * {@code -} for a user chain) and its {@code -A CHAIN ...} rules as argument lists.
 */
record IptablesDump(List<Table> tables) {

    record Table(String name, List<ChainDecl> chains, List<Line> rules) {
    }

    /** {@code policy} is null for a user chain. */
    record ChainDecl(String name, String policy) {
    }

    record Line(String chain, List<String> args, int lineNo) {
    }

    static IptablesDump parse(String text) {
        List<Table> tables = new ArrayList<>();
        String table = null;
        List<ChainDecl> chains = new ArrayList<>();
        List<Line> rules = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\n")) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("*")) {
                table = line.substring(1);
                chains = new ArrayList<>();
                rules = new ArrayList<>();
            } else if (line.equals("COMMIT")) {
                tables.add(new Table(table, chains, rules));
                table = null;
            } else if (line.startsWith(":")) {
                String[] w = line.substring(1).split("\\s+");
                chains.add(new ChainDecl(w[0], w.length > 1 && !w[1].equals("-") ? w[1] : null));
            } else if (line.startsWith("-A ")) {
                List<String> words = words(line);
                rules.add(new Line(words.get(1), List.copyOf(words.subList(2, words.size())), n));
            } else {
                throw new IllegalArgumentException("line " + n + ": not an iptables-save line: " + line);
            }
        }
        return new IptablesDump(tables);
    }

    /** Splits a line as iptables-restore does: blanks separate words, double quotes group them. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                w.append('"');
                i++;
                any = true;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(w.toString());
                    w.setLength(0);
                    any = false;
                }
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(w.toString());
        }
        return out;
    }

    int ruleCount() {
        return tables.stream().mapToInt(t -> t.rules().size()).sum();
    }
}
