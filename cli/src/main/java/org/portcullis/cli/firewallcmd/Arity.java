package org.portcullis.cli.firewallcmd;

/** How many values an option takes, in argparse's terms. */
public sealed interface Arity {
    /** {@code store_true}: no value. */
    record Flag() implements Arity {
    }

    /** A fixed number of values ({@code nargs=N}). */
    record Fixed(int count) implements Arity {
    }

    /** Everything that follows ({@code nargs=REMAINDER}). */
    record Remainder() implements Arity {
    }

    Arity FLAG = new Flag();
    Arity REMAINDER = new Remainder();

    static Arity fixed(int count) {
        return new Fixed(count);
    }
}
