package org.portcullis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.cli.firewallcmd.Connector;
import org.portcullis.cli.firewallcmd.FirewallCmd;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.SourceMap;
import org.portcullis.daemon.BackendChoice;
import org.portcullis.daemon.Daemon;
import org.portcullis.daemon.DaemonOptions;
import org.portcullis.daemon.DaemonState;
import org.portcullis.daemon.DirectStore;
import org.portcullis.daemon.DirectValidator;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.RulesetTarget;
import org.portcullis.daemon.Toolkit;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.nft.Ruleset;

/** The seed's commands typed into firewall-cmd, through a real socket to a daemon (compiler and store faked). */
class SeedOverSocketTest {
    @TempDir
    Path dir;

    static final class MemoryStore implements DirectStore {
        DirectConfig saved = DirectConfig.EMPTY;

        @Override
        public Path file() {
            return Path.of("memory");
        }

        @Override
        public DirectConfig load() {
            return saved;
        }

        @Override
        public void save(DirectConfig config) {
            saved = config;
        }
    }

    /** Accepts every ruleset; the kernel side is tested elsewhere. */
    static final class NoKernel implements RulesetTarget {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public void apply(Ruleset desired) {
        }

        @Override
        public void removeAll() {
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final Toolkit toolkit = new Toolkit(c -> new Compiled(Ruleset.EMPTY, new SourceMap(Map.of())),
            new DirectValidator() {
                @Override
                public void rule(DirectRule rule) {
                }

                @Override
                public void trackedPassthrough(Passthrough passthrough) {
                }

                @Override
                public void chainRemoval(org.portcullis.model.direct.DirectConfig config,
                        org.portcullis.model.direct.DirectChain chain) {
                }
            }, words -> String.join(" ", words), d -> store);

    private Daemon start(Path socket) throws Exception {
        Daemon d = Daemon.start(new DaemonOptions(dir.resolve("etc"), socket, Optional.empty()),
                new BackendChoice(new NoKernel(), "test"), toolkit, new EventLog(new PrintStream(OutputStream.nullOutputStream())));
        for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
            Thread.sleep(10);
        }
        return d;
    }

    private List<Object> cmd(Path socket, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FirewallCmd(Connector.socket(socket), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(argv));
        return List.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void seedCommandsSaveAndSurviveARestart() throws Exception {
        Path socket = dir.resolve("p.sock");
        String listing = "ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT\n"
                + "ipv4 filter OUTPUT 1 -o enp3s0 -p tcp --dport 443 -j ACCEPT\n"
                + "ipv4 filter OUTPUT 100 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT\n"
                + "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP\n";
        try (Daemon d = start(socket)) {
            assertEquals(List.of(0, "running\n", ""), cmd(socket, "--state"));
            for (String line : listing.split("\n")) {
                String[] words = line.split(" ");
                String[] argv = new String[words.length + 2];
                argv[0] = "--direct";
                argv[1] = "--add-rule";
                System.arraycopy(words, 0, argv, 2, words.length);
                assertEquals(List.of(0, "success\n", ""), cmd(socket, argv));
            }
            assertEquals(List.of(0, listing, ""), cmd(socket, "--direct", "--get-all-rules"));
            assertEquals(List.of(0, "success\n", "Warning: ALREADY_ENABLED: rule '('-o', 'enp3s0', '-j', 'DROP')' already is in 'ipv4:filter:OUTPUT'\n"),
                    cmd(socket, "--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "1000", "-o", "enp3s0", "-j", "DROP"));
            assertEquals(List.of(0, "", ""), cmd(socket, "--permanent", "--direct", "--get-all-rules"));
            assertEquals(List.of(0, "success\n", ""), cmd(socket, "--runtime-to-permanent"));
            assertEquals(List.of(0, listing, ""), cmd(socket, "--permanent", "--direct", "--get-all-rules"));
        }
        assertEquals(List.of(252, "", "FirewallD is not running\n"), cmd(socket, "--direct", "--get-all-rules"));
        try (Daemon d = start(socket)) {
            assertEquals(List.of(0, listing, ""), cmd(socket, "--direct", "--get-all-rules"));
        }
    }
}
