package org.portcullis.cli.check;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed scenario as files: base1's host model and configuration directories holding direct rules. */
final class CheckFiles {
    static final String DUAL = """
            name base1
            interface lo 127.0.0.1/8 ::1/128
            interface enp3s0 198.18.0.1/24 2001:db8::1/64
            route default via 198.18.0.254 dev enp3s0
            """;
    static final List<String> SEED_WITHOUT_ESTABLISHED = List.of(
            "ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT",
            "ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT",
            "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP");
    static final List<String> FULL_SEED = List.of(
            "ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT",
            "ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT",
            "ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "ipv4 filter OUTPUT 0 -o enp3s0 -d 198.18.0.53 -p udp --dport 53 -j ACCEPT",
            "ipv4 filter OUTPUT 0 -o enp3s0 -d 198.18.0.53 -p tcp --dport 53 -j ACCEPT",
            "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP",
            "ipv6 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT",
            "ipv6 filter OUTPUT 0 -o enp3s0 -p tcp --dport 443 -j ACCEPT",
            "ipv6 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT",
            "ipv6 filter OUTPUT 1000 -o enp3s0 -j DROP");
    static final String SESSION = "198.51.100.7 50022 198.18.0.1 22";
    /** A machine that must not be asked: the tests give --host. */
    static final Machine NO_MACHINE = new Machine(() -> fail("the local machine was asked"), Path.of("/nonexistent"),
            Path.of("/nonexistent"));

    private CheckFiles() {
    }

    static Path host(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("host.txt"), text);
    }

    /** A configuration directory whose direct.xml holds {@code rules}, each as --get-all-rules lists it. */
    static Path configDir(Path dir, String name, List<String> rules) throws IOException {
        Path conf = Files.createDirectories(dir.resolve(name));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<direct>\n");
        for (String r : rules) {
            String[] w = r.split(" ", 5);
            xml.append("  <rule ipv=\"").append(w[0]).append("\" table=\"").append(w[1]).append("\" chain=\"").append(w[2])
                    .append("\" priority=\"").append(w[3]).append("\">").append(w[4]).append("</rule>\n");
        }
        Files.writeString(conf.resolve("direct.xml"), xml.append("</direct>\n").toString());
        return conf;
    }
}
