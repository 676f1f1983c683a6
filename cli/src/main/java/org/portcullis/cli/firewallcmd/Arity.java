package org.portcullis.cli.firewallcmd;

/** How many values an option takes, in argparse's terms. */
public sealed interface Arity {
    /** {@code store_true}: no value. */
    record Flag() implements Arity {
    }

    /**
     * A fixed number of values: {@code nargs=N}, or with {@code single} argparse's default of one value
     * without {@code nargs}, which it names differently in errors.
     */
    record Fixed(int count, boolean single) implements Arity {
    }

    /** Everything that follows ({@code nargs=REMAINDER}). */
    record Remainder() implements Arity {
    }

    Arity FLAG = new Flag();
    Arity REMAINDER = new Remainder();
    /** One value, argparse's default ({@code metavar} only, no {@code nargs}). */
    Arity ONE = new Fixed(1, true);

    static Arity fixed(int count) {
        return new Fixed(count, false);
    }
}
