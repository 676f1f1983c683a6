package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses firewall-cmd's command line the way Python's argparse does for its option table: values are taken
 * greedily, an option of a mutually exclusive group conflicts with an earlier one of the same group, and
 * words no option takes are reported at the end as unrecognized, and a long option may be abbreviated
 * when the abbreviation is unique among all of firewall-cmd's options.
 */
public final class ArgvParser {
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+|-\\d*\\.\\d+");

    private final Map<String, OptionSpec> bySpelling = new HashMap<>();
    private final List<String> allLongOptions;

    /**
     * {@code options} are the options this parser implements; {@code allLongOptions} every long option of
     * firewall-cmd in its order, which decides whether an abbreviation is unique or ambiguous.
     */
    public ArgvParser(List<OptionSpec> options, List<String> allLongOptions) {
        for (OptionSpec o : options) {
            o.spellings().forEach(s -> bySpelling.put(s, o));
        }
        this.allLongOptions = List.copyOf(allLongOptions);
    }

    private enum Kind { VALUE, OPTION, UNKNOWN, DASHES }

    private record Classified(Kind kind, OptionSpec spec, String explicit) {
    }

    public ParsedOptions parse(List<Token> tokens) {
        List<Classified> kinds = new ArrayList<>();
        boolean afterDashes = false;
        for (Token t : tokens) {
            Classified c = afterDashes ? new Classified(Kind.VALUE, null, null) : classify(t.text());
            afterDashes |= c.kind() == Kind.DASHES;
            kinds.add(c);
        }
        ParsedOptions parsed = new ParsedOptions();
        Map<String, OptionSpec> seenByGroup = new HashMap<>();
        List<String> extras = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Classified c = kinds.get(i);
            switch (c.kind()) {
                case VALUE, UNKNOWN, DASHES -> extras.add(tokens.get(i++).text());
                case OPTION -> {
                    OptionSpec spec = c.spec();
                    String explicit = c.explicit();
                    boolean shortForm = !tokens.get(i).text().startsWith("--");
                    while (shortForm && spec.arity() instanceof Arity.Flag && explicit != null && !explicit.isEmpty()
                            && bySpelling.containsKey("-" + explicit.charAt(0))) {
                        conflict(spec, seenByGroup);
                        parsed.put(spec, List.of());
                        spec = bySpelling.get("-" + explicit.charAt(0));
                        explicit = explicit.length() > 1 ? explicit.substring(1) : null;
                    }
                    List<Token> values = new ArrayList<>();
                    i = take(spec, explicit, tokens, kinds, i + 1, values);
                    conflict(spec, seenByGroup);
                    parsed.put(spec, values);
                }
            }
        }
        if (!extras.isEmpty()) {
            throw UsageError.parser("unrecognized arguments: " + String.join(" ", extras));
        }
        return parsed;
    }

    private int take(OptionSpec spec, String explicit, List<Token> tokens, List<Classified> kinds, int next,
                     List<Token> values) {
        switch (spec.arity()) {
            case Arity.Flag f -> {
                if (explicit != null) {
                    throw UsageError.parser("argument " + spec.display() + ": ignored explicit argument '" + explicit + "'");
                }
                return next;
            }
            case Arity.Remainder r -> {
                if (explicit != null) {
                    values.add(Token.word(explicit));
                    return next;
                }
                values.addAll(tokens.subList(next, tokens.size()));
                return tokens.size();
            }
            case Arity.Fixed f -> {
                if (explicit != null) {
                    if (f.count() != 1) {
                        throw expected(spec, f);
                    }
                    values.add(Token.word(explicit));
                    return next;
                }
                int j = next;
                while (j < tokens.size() && j - next < f.count() && kinds.get(j).kind() == Kind.VALUE) {
                    values.add(tokens.get(j++));
                }
                if (values.size() < f.count()) {
                    throw expected(spec, f);
                }
                return j;
            }
        }
    }

    private static UsageError expected(OptionSpec spec, Arity.Fixed f) {
        return UsageError.parser("argument " + spec.display() + ": expected "
                + (f.single() ? "one argument" : f.count() + (f.count() == 1 ? " argument" : " arguments")));
    }

    private static void conflict(OptionSpec spec, Map<String, OptionSpec> seenByGroup) {
        if (spec.group() == null) {
            return;
        }
        OptionSpec earlier = seenByGroup.putIfAbsent(spec.group(), spec);
        if (earlier != null && !earlier.equals(spec)) {
            throw UsageError.parser("argument " + spec.display() + ": not allowed with argument " + earlier.display());
        }
    }

    private Classified classify(String arg) {
        if (arg.equals("--")) {
            return new Classified(Kind.DASHES, null, null);
        }
        if (!arg.startsWith("-") || arg.equals("-")) {
            return new Classified(Kind.VALUE, null, null);
        }
        OptionSpec exact = bySpelling.get(arg);
        if (exact != null) {
            return new Classified(Kind.OPTION, exact, null);
        }
        int eq = arg.indexOf('=');
        if (eq > 0 && bySpelling.containsKey(arg.substring(0, eq))) {
            return new Classified(Kind.OPTION, bySpelling.get(arg.substring(0, eq)), arg.substring(eq + 1));
        }
        if (arg.startsWith("--")) {
            String prefix = eq > 0 ? arg.substring(0, eq) : arg;
            if (allLongOptions.contains(prefix)) {
                return new Classified(Kind.UNKNOWN, null, null);
            }
            List<String> matches = allLongOptions.stream().filter(o -> o.startsWith(prefix)).toList();
            if (matches.size() > 1) {
                throw UsageError.parser("ambiguous option: " + arg + " could match " + String.join(", ", matches));
            }
            if (matches.size() == 1) {
                OptionSpec spec = bySpelling.get(matches.getFirst());
                return spec == null ? new Classified(Kind.UNKNOWN, null, null)
                        : new Classified(Kind.OPTION, spec, eq > 0 ? arg.substring(eq + 1) : null);
            }
        }
        if (!arg.startsWith("--") && arg.length() > 2 && bySpelling.containsKey(arg.substring(0, 2))) {
            return new Classified(Kind.OPTION, bySpelling.get(arg.substring(0, 2)), arg.substring(2));
        }
        if (NEGATIVE_NUMBER.matcher(arg).matches() || arg.contains(" ")) {
            return new Classified(Kind.VALUE, null, null);
        }
        return new Classified(Kind.UNKNOWN, null, null);
    }
}
