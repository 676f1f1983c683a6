package org.portcullis.cli;

import java.util.List;

/** A {@code portcullis} subcommand such as {@code daemon} or {@code explain}; returns the exit code. */
@FunctionalInterface
public interface Subcommand {
    int run(List<String> args);
}
