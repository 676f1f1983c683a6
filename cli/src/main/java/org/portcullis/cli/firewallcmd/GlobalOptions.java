package org.portcullis.cli.firewallcmd;

import java.util.List;

/** Options outside any family: help, version, quiet/verbose, {@code --permanent}, {@code --direct}, {@code --zone}. */
final class GlobalOptions {
    static final List<OptionSpec> SPECS = List.of(
            new OptionSpec(List.of("-v", "--verbose"), Arity.FLAG, "output"),
            new OptionSpec(List.of("-q", "--quiet"), Arity.FLAG, "output"),
            new OptionSpec(List.of("-h", "--help"), Arity.FLAG, StatusCommands.GROUP),
            new OptionSpec(List.of("-V", "--version"), Arity.FLAG, StatusCommands.GROUP),
            OptionSpec.of("--permanent", Arity.FLAG, null),
            OptionSpec.of("--direct", Arity.FLAG, null),
            OptionSpec.of("--zone", Arity.ONE, null));

    private GlobalOptions() {
    }
}
