package org.portcullis.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.portcullis.config.shell.Shlex;
import org.portcullis.testkit.ExecResult;

/**
 * A firewall-cmd transcript recorded from the real firewalld by it/oracle/record.sh: the commands with
 * what they printed, and the recorder's directives ({@code # restart}, {@code # config FILE NAME}, ...) in
 * the order they ran. The format is described at the top of each transcript.
 */
record Transcript(List<Step> steps) {
    private static final Set<String> DIRECTIVES = Set.of("ruleset", "config", "restart", "sleep");

    /** One step of a recording. */
    sealed interface Step permits Entry, Directive {
    }

    /** A firewall-cmd call: its arguments (without the program name) and what the real firewalld gave. */
    record Entry(int line, List<String> args, ExecResult expected) implements Step {
        String command() {
            return String.join(" ", args);
        }
    }

    /** A recorder directive such as {@code restart} or {@code config direct.xml direct-permanent.xml}. */
    record Directive(int line, List<String> words) implements Step {
    }

    List<Entry> entries() {
        return steps.stream().flatMap(s -> s instanceof Entry e ? java.util.stream.Stream.of(e)
                : java.util.stream.Stream.empty()).toList();
    }

    static Transcript load(String resource) throws IOException {
        try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Transcript parse(String text) {
        List<String> lines = text.lines().toList();
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (l.startsWith("$ ")) {
                i = entry(lines, i, steps);
                continue;
            }
            List<String> words = l.startsWith("# ") ? List.of(l.substring(2).strip().split(" +")) : List.of();
            if (!steps.isEmpty() && !words.isEmpty() && DIRECTIVES.contains(words.getFirst())) {
                steps.add(new Directive(i + 1, words));
            } else if (!l.isBlank() && !l.startsWith("#")) {
                throw bad(i, "unexpected line: " + l);
            }
            i++;
        }
        return new Transcript(List.copyOf(steps));
    }

    private static int entry(List<String> lines, int start, List<Step> steps) {
        List<String> words = Shlex.split(lines.get(start).substring(2));
        if (words.isEmpty() || !words.getFirst().equals("firewall-cmd")) {
            throw bad(start, "not a firewall-cmd call");
        }
        int i = start + 1;
        String exit = lines.get(i++);
        if (!exit.matches("\\[exit -?\\d+]")) {
            throw bad(i - 1, "expected [exit N]");
        }
        String[] streams = new String[2];
        String[] names = {"[stdout]", "[stderr]"};
        for (int s = 0; s < 2; s++) {
            if (!lines.get(i).equals(names[s])) {
                throw bad(i, "expected " + names[s]);
            }
            StringBuilder out = new StringBuilder();
            for (i++; lines.get(i).startsWith("|"); i++) {
                out.append(lines.get(i), 1, lines.get(i).length()).append('\n');
            }
            if (lines.get(i).equals("[no newline at end]")) {
                out.setLength(out.length() - 1);
                i++;
            }
            streams[s] = out.toString();
        }
        if (!lines.get(i).equals("[end]")) {
            throw bad(i, "expected [end]");
        }
        int code = Integer.parseInt(exit.substring(6, exit.length() - 1));
        steps.add(new Entry(start + 1, words.subList(1, words.size()), new ExecResult(code, streams[0], streams[1])));
        return i + 1;
    }

    private static IllegalArgumentException bad(int index, String why) {
        return new IllegalArgumentException("transcript line " + (index + 1) + ": " + why);
    }
}
