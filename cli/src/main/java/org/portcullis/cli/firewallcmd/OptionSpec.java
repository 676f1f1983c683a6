package org.portcullis.cli.firewallcmd;

import java.util.List;

/**
 * One firewall-cmd option: its spellings (e.g. {@code -q}, {@code --quiet}), how many values it takes, the
 * mutually exclusive group it belongs to (options of one group may not be combined), or {@code null}, and
 * whether repeated uses accumulate their values (argparse's {@code append}) instead of replacing them.
 */
public record OptionSpec(List<String> spellings, Arity arity, String group, boolean append) {
    public OptionSpec {
        spellings = List.copyOf(spellings);
    }

    public OptionSpec(List<String> spellings, Arity arity, String group) {
        this(spellings, arity, group, false);
    }

    public static OptionSpec appending(String spelling, String group) {
        return new OptionSpec(List.of(spelling), Arity.ONE, group, true);
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
