package org.portcullis.config.dir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.config.catalog.Builtins;
import org.portcullis.config.catalog.ZoneSet;

/**
 * The lines of {@code firewalld.conf} Portcullis reads and writes ({@code DefaultZone}, {@code LogDenied});
 * every other line is kept as it is.
 */
public record FirewalldConf(List<String> lines) {
    public static final String FILE = "firewalld.conf";

    public FirewalldConf {
        lines = List.copyOf(lines);
    }

    public static FirewalldConf read(Path file) {
        try {
            return new FirewalldConf(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
        } catch (IOException e) {
            return new FirewalldConf(List.of());
        }
    }

    public String defaultZone() {
        return value("DefaultZone", Builtins.defaultZone());
    }

    public String logDenied() {
        String v = value("LogDenied", "off");
        return ZoneSet.LOG_DENIED.contains(v) ? v : "off";
    }

    public FirewalldConf with(String defaultZone, String logDenied) {
        return set("DefaultZone", defaultZone).set("LogDenied", logDenied);
    }

    public String text() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private String value(String key, String fallback) {
        return lines.stream().map(String::strip).filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1).strip()).filter(v -> !v.isEmpty())
                .reduce((a, b) -> b).orElse(fallback);
    }

    private FirewalldConf set(String key, String value) {
        List<String> out = new ArrayList<>();
        boolean done = false;
        for (String l : lines) {
            if (l.strip().startsWith(key + "=")) {
                if (!done) {
                    out.add(key + "=" + value);
                    done = true;
                }
            } else {
                out.add(l);
            }
        }
        if (!done) {
            out.add(key + "=" + value);
        }
        return new FirewalldConf(out);
    }
}
