package org.portcullis.model.zone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Port numbers by service name, from the system's {@code /etc/services} as firewalld resolves them (the
 * first entry of a name wins, whatever its protocol). Without that file only a few common names are known.
 */
public final class PortNames {
    private static final Path SERVICES = Path.of("/etc/services");
    private static volatile Map<String, Integer> names;

    private PortNames() {
    }

    public static Optional<Integer> lookup(String name) {
        Map<String, Integer> m = names;
        if (m == null) {
            m = load();
            names = m;
        }
        return Optional.ofNullable(m.get(name));
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> m = new HashMap<>();
        try {
            for (String line : Files.readAllLines(SERVICES)) {
                int hash = line.indexOf('#');
                String[] f = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
                int slash = f.length < 2 ? -1 : f[1].indexOf('/');
                if (slash <= 0 || !f[1].substring(0, slash).chars().allMatch(Character::isDigit)) {
                    continue;
                }
                int port = Integer.parseInt(f[1].substring(0, slash));
                m.putIfAbsent(f[0], port);
                for (int i = 2; i < f.length; i++) {
                    m.putIfAbsent(f[i], port);
                }
            }
        } catch (IOException | RuntimeException e) {
            m.clear();
            m.putAll(Map.of("ftp", 21, "ssh", 22, "telnet", 23, "smtp", 25, "domain", 53, "http", 80, "https", 443));
        }
        return Map.copyOf(m);
    }
}
