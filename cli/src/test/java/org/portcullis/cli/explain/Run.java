package org.portcullis.cli.explain;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One run of {@code portcullis explain}: its exit code, standard output and standard error. */
record Run(int exit, String out, String err) {

    static Run of(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ExplainCommand.run(new ArrayList<>(List.of(args)), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    List<String> lines() {
        return out.lines().toList();
    }

    String last() {
        return lines().getLast();
    }

    List<String> starting(String prefix) {
        return lines().stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
