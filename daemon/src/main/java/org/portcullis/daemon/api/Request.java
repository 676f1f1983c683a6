package org.portcullis.daemon.api;

import java.util.List;

/** One call to the daemon: an operation name, its arguments as the user typed them, and whether it is permanent. */
public record Request(String op, List<String> args, boolean permanent) {
    public Request {
        args = List.copyOf(args);
    }

    public static Request runtime(String op, String... args) {
        return new Request(op, List.of(args), false);
    }

    public static Request permanent(String op, String... args) {
        return new Request(op, List.of(args), true);
    }
}
