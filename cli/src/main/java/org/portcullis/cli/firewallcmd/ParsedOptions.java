package org.portcullis.cli.firewallcmd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options given, by long name, with their values (a flag has none). */
public final class ParsedOptions {
    /** {@code scalar}: argparse stores a string, not a list (one value, no {@code nargs}, not appended). */
    private record Value(boolean flag, boolean scalar, List<Token> tokens) {
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    void put(OptionSpec spec, List<Token> tokens) {
        Value earlier = values.get(spec.name());
        if (spec.append() && earlier != null) {
            List<Token> all = new java.util.ArrayList<>(earlier.tokens());
            all.addAll(tokens);
            tokens = all;
        }
        boolean scalar = spec.arity() instanceof Arity.Fixed f && f.single() && !spec.append();
        values.put(spec.name(), new Value(spec.arity() instanceof Arity.Flag, scalar, List.copyOf(tokens)));
    }

    /** Python truthiness of argparse's value: a flag that was given, or a non-empty value list. */
    public boolean set(String name) {
        Value v = values.get(name);
        return v != null && (v.flag() || !v.tokens().isEmpty());
    }

    /**
     * Python truthiness exactly: like {@link #set} except that a single value that is empty ({@code --type=})
     * counts as not given; a list of values ({@code --add-entry=}) is given even when its values are empty.
     */
    public boolean truthy(String name) {
        Value v = values.get(name);
        if (v == null || !set(name)) {
            return false;
        }
        return !v.scalar() || !v.tokens().getFirst().text().isEmpty();
    }

    public boolean anyTruthy(List<String> names) {
        return names.stream().anyMatch(this::truthy);
    }

    public boolean anySet(List<String> names) {
        return names.stream().anyMatch(this::set);
    }

    public List<Token> values(String name) {
        Value v = values.get(name);
        return v == null ? List.of() : v.tokens();
    }

    /** The first option of {@code names} that is set, or null. */
    public String first(List<String> names) {
        return names.stream().filter(this::set).findFirst().orElse(null);
    }
}
