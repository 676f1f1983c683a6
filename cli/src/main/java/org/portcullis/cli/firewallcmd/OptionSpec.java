package org.portcullis.cli.firewallcmd;

import java.util.List;

/**
 * One firewall-cmd option: its spellings (e.g. {@code -q}, {@code --quiet}), how many values it takes, and the
 * mutually exclusive group it belongs to (options of one group may not be combined), or {@code null}.
 */
public record OptionSpec(List<String> spellings, Arity arity, String group) {
    public OptionSpec {
        spellings = List.copyOf(spellings);
    }

    public static OptionSpec of(String spelling, Arity arity, String group) {
        return new OptionSpec(List.of(spelling), arity, group);
    }

    /** The long spelling, used as the key of parsed values. */
    public String name() {
        return spellings.getLast();
    }

    /** How argparse names the option in errors, e.g. {@code -q/--quiet}. */
    public String display() {
        return String.join("/", spellings);
    }
}
