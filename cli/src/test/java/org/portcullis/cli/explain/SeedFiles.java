package org.portcullis.cli.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed scenario as files: base1's host model and direct.xml with the seed's direct rules. */
final class SeedFiles {
    static final String HOST = """
            name base1
            interface lo 127.0.0.1/8 ::1/128
            interface enp3s0 198.18.0.1/24 2001:db8::1/64
            route default via 198.18.0.254 dev enp3s0
            """;

    private SeedFiles() {
    }

    static Path host(Path dir, String text) throws IOException {
        Path f = dir.resolve("host.txt");
        Files.writeString(f, text);
        return f;
    }

    /** A config dir whose direct.xml holds the seed's rules; the ESTABLISHED rule only when asked. */
    static Path configDir(Path dir, boolean withEstablished) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        String rules = """
                  <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="0">-o enp3s0 -p tcp --dport 22 -j ACCEPT</rule>
                  <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="1">-o enp3s0 -p tcp --dport 443 -j ACCEPT</rule>
                """ + (withEstablished ? """
                  <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="100">-o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT</rule>
                """ : "") + """
                  <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="1000">-o enp3s0 -j DROP</rule>
                """;
        Files.writeString(conf.resolve("direct.xml"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<direct>\n" + rules + "</direct>\n");
        return conf;
    }
}
