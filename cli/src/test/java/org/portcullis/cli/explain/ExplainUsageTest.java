package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.analysis.explain.source.ConfigDirSource;
import org.portcullis.analysis.explain.source.DaemonLayer;

/** Bad command lines fail with a message on stderr and exit code 2; a missing daemon source is said plainly. */
class ExplainUsageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tcp 198.18.0.2:80 | one of --out, --in, --fwd or --connect is required",
        "--out --in tcp 198.18.0.2:80 | --out and --in exclude each other",
        "--out tcp 198.18.0.2 | tcp needs a destination port",
        "--out icmp 198.18.0.2:7 | icmp has no ports",
        "--out icmp 2001:db8::2 | use icmpv6",
        "--out sctp 198.18.0.2:80 | unknown protocol 'sctp'",
        "--out tcp 198.18.0.2:70000 | is not a port",
        "--out tcp 198.18.0.300:80 | is not an IPv4 or IPv6 address",
        "--in tcp 198.18.0.1:22 | --in needs --from",
        "--out --iif enp3s0 tcp 198.18.0.2:22 | --iif is for --in and --fwd",
        "--connect --from 198.18.0.2:4000 tcp 198.18.0.1:22 | the peer's port is an ephemeral one",
        "--connect --ct-state established tcp 198.18.0.2:22 | --ct-state is for single packets",
        "--out --ct-state closing tcp 198.18.0.2:22 | unknown --ct-state 'closing'",
        "--out --icmp-type echo-request tcp 198.18.0.2:22 | --icmp-type needs protocol icmp or icmpv6",
        "--out --icmp-type bogus icmp 198.18.0.2 | unknown icmp type 'bogus'",
        "--out --bogus tcp 198.18.0.2:22 | unknown option --bogus",
        "--out --port-range 9-3 tcp 198.18.0.2:22 | LO is above HI",
        "--out --ruleset a.json --config-dir d tcp 198.18.0.2:22 | --config-dir and --ruleset exclude each other",
        "--out --runtime --permanent tcp 198.18.0.2:22 | --runtime and --permanent exclude each other",
        "--out tcp | expected PROTO ADDR[:PORT]",
        "--out --oif | --oif needs a value",
    })
    void badUsageExitsTwo(String line, String message) {
        Run r = Run.of(line.trim().split("\\s+"));
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("portcullis explain: ") && r.err().lines().findFirst().orElseThrow().contains(message), r.err());
        assertTrue(r.err().contains("usage: portcullis explain"), r.err());
    }

    @Test
    void helpGoesToStdout() {
        Run r = Run.of("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("usage: portcullis explain"), r.out());
    }

    @Test
    void withoutAConfigDirOrRulesetTheMissingDaemonSourceIsReported() {
        for (List<String> args : List.of(List.of("--out", "tcp", "198.18.0.2:22"), List.of("--permanent", "--out", "tcp", "198.18.0.2:22"))) {
            Run r = Run.of(args.toArray(String[]::new));
            assertEquals(252, r.exit(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains("no daemon source is available yet"), r.err());
        }
    }

    @Test
    void aDaemonSourceIsUsedForTheLayerAsked() throws IOException {
        Path conf = SeedFiles.configDir(dir, true);
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExplainCommand.run(List.of("--permanent", "--host", host.toString(), "--out", "tcp", "198.18.0.2:80"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                layer -> layer == DaemonLayer.PERMANENT ? Optional.of(new ConfigDirSource(conf)) : Optional.empty());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.endsWith("verdict: drop\n"), text);
    }

    @Test
    void aBrokenDirectXmlIsAFirewalldError() throws IOException {
        Path conf = java.nio.file.Files.createDirectories(dir.resolve("bad"));
        java.nio.file.Files.writeString(conf.resolve("direct.xml"), "<direct><rule ipv=\"ipv4\" table=\"filter\" chain=\"OUTPUT\" priority=\"0\">-p tcp --dport 99999 -j ACCEPT</rule></direct>");
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        Run r = Run.of("--config-dir", conf.toString(), "--host", host.toString(), "--out", "tcp", "198.18.0.2:80");
        assertTrue(r.exit() != 0 && r.exit() != 2, "exit " + r.exit());
        assertTrue(r.err().startsWith("Error: "), r.err());
        assertEquals("", r.out());
    }
}
