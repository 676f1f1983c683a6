package org.portcullis.cli.firewallcmd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options given, by long name, with their values (a flag has none). */
public final class ParsedOptions {
    private record Value(boolean flag, List<Token> tokens) {
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    void put(OptionSpec spec, List<Token> tokens) {
        Value earlier = values.get(spec.name());
        if (spec.append() && earlier != null) {
            List<Token> all = new java.util.ArrayList<>(earlier.tokens());
            all.addAll(tokens);
            tokens = all;
        }
        values.put(spec.name(), new Value(spec.arity() instanceof Arity.Flag, List.copyOf(tokens)));
    }

    /** Python truthiness of argparse's value: a flag that was given, or a non-empty value list. */
    public boolean set(String name) {
        Value v = values.get(name);
        return v != null && (v.flag() || !v.tokens().isEmpty());
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
