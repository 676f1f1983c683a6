package org.portcullis.cli.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.portcullis.analysis.explain.source.DaemonSources;

/** One run of {@code portcullis check}: its exit code, standard output and standard error. */
record CheckRun(int exit, String out, String err) {

    static CheckRun of(DaemonSources daemon, Map<String, String> env, Machine machine, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = CheckCommand.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), daemon, env, machine);
        return new CheckRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static CheckRun of(String... args) {
        return of(DaemonSources.NONE, Map.of(), CheckFiles.NO_MACHINE, args);
    }

    List<String> lines() {
        return out.lines().toList();
    }

    List<String> starting(String prefix) {
        return lines().stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
