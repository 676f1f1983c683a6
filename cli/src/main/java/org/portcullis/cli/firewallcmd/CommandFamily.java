package org.portcullis.cli.firewallcmd;

import java.util.List;

/** A group of firewall-cmd options with its handler: status options, direct options, later zones. */
public interface CommandFamily {
    List<OptionSpec> options();

    /** Whether the parsed command line is one of this family's. */
    boolean claims(ParsedOptions options);

    /** Carries the command out; returns the exit code. */
    int run(Session session);

    /** Options that may not be combined with {@code --permanent}, {@code --zone} or direct options. */
    default List<String> standaloneOptions() {
        return List.of();
    }

    /** Options that only print something, which {@code -q} is refused with. */
    default List<String> listOptions() {
        return List.of();
    }

    /** Options besides {@code --permanent}, {@code --zone} and direct ones that stand-alone options refuse. */
    default List<String> nonStandaloneOptions() {
        return List.of();
    }

    /**
     * firewall-cmd's checks that the object of this family's options is named ({@code No ipset specified.}),
     * made right after the stand-alone check; throws UsageError.
     */
    default void checkObject(ParsedOptions options) {
    }

    /**
     * firewall-cmd's checks of options that need {@code --permanent} or refuse {@code --zone}, made after the
     * direct checks and before the {@code -q} check; throws UsageError.
     */
    default void checkScope(ParsedOptions options) {
    }
}
