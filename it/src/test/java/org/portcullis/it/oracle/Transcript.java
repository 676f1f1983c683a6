package org.portcullis.it.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A firewall-cmd transcript recorded from the real firewalld (format at the top of each file): the entries,
 * and the configuration files the recorder compared after an entry ({@code # config PATH RESOURCE}).
 */
public record Transcript(List<Entry> entries) {

    /** One command: its argument vector, exit status, standard output and error, and files to compare after it. */
    public record Entry(int index, List<String> argv, int exit, String stdout, String stderr, List<ConfigCheck> after) {
        public String command() {
            return String.join(" ", argv);
        }
    }

    /** After an entry, {@code path} inside the configuration directory equals the resource {@code expected}. */
    public record ConfigCheck(String path, String expected) {
    }

    public static Transcript load(String resource) {
        try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Transcript parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.startsWith("# config ") && !entries.isEmpty()) {
                String[] parts = line.substring("# config ".length()).split(" ");
                Entry last = entries.removeLast();
                List<ConfigCheck> after = new ArrayList<>(last.after());
                after.add(new ConfigCheck(parts[0], parts[1]));
                entries.add(new Entry(last.index(), last.argv(), last.exit(), last.stdout(), last.stderr(), after));
                i++;
                continue;
            }
            if (!line.startsWith("$ ")) {
                i++;
                continue;
            }
            List<String> argv = ShlexWords.split(line.substring(2));
            argv = argv.subList(1, argv.size());
            int exit = Integer.parseInt(lines[++i].replaceAll("\\[exit (\\d+)\\]", "$1"));
            i++;
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            StringBuilder current = null;
            while (!lines[i].equals("[end]")) {
                String l = lines[i];
                if (l.equals("[stdout]")) {
                    current = out;
                } else if (l.equals("[stderr]")) {
                    current = err;
                } else if (l.equals("[no newline at end]")) {
                    current.setLength(current.length() - 1);
                } else if (l.startsWith("|")) {
                    current.append(l.substring(1)).append('\n');
                }
                i++;
            }
            entries.add(new Entry(entries.size() + 1, List.copyOf(argv), exit, out.toString(), err.toString(),
                    List.of()));
            i++;
        }
        return new Transcript(List.copyOf(entries));
    }
}
