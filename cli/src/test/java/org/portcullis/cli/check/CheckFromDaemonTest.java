package org.portcullis.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.backend.SimBackend;
import org.portcullis.cli.explain.DaemonRulesetSources;
import org.portcullis.cli.firewallcmd.Connector;
import org.portcullis.cli.firewallcmd.FirewallCmd;
import org.portcullis.config.shell.Shlex;
import org.portcullis.daemon.BackendChoice;
import org.portcullis.daemon.BackendTarget;
import org.portcullis.daemon.Daemon;
import org.portcullis.daemon.DaemonOptions;
import org.portcullis.daemon.DaemonState;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Toolkit;

/**
 * {@code portcullis check --runtime|--permanent} against a running daemon: the seed typed rule by rule, the
 * lock-out it causes found before the administrator is cut off, and the printed fix, typed back, ending it.
 */
class CheckFromDaemonTest {
    @TempDir
    Path dir;

    private static CheckRun check(Path socket, String... args) {
        return CheckRun.of(new DaemonRulesetSources(socket), Map.of("SSH_CONNECTION", CheckFiles.SESSION), CheckFiles.NO_MACHINE,
                args);
    }

    private static String firewallCmd(Path socket, List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FirewallCmd(Connector.socket(socket), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream())).run(argv);
        assertEquals(0, code, () -> argv + ": " + out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFixPrintedForARuntimeLockOutEndsItWhenTyped() throws Exception {
        Path socket = dir.resolve("c.sock");
        Path conf = Files.createDirectories(dir.resolve("etc"));
        String host = CheckFiles.host(dir, CheckFiles.DUAL).toString();
        try (Daemon d = Daemon.start(new DaemonOptions(conf, socket, Optional.empty()),
                new BackendChoice(new BackendTarget(new SimBackend()), "test"), Toolkit.standard(),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())))) {
            for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
                Thread.sleep(10);
            }
            assertEquals(0, check(socket, "--runtime", "--host", host).exit());
            for (String rule : CheckFiles.SEED_WITHOUT_ESTABLISHED) {
                assertEquals("success\n", firewallCmd(socket, addRule(rule)));
            }
            CheckRun runtime = check(socket, "--runtime", "--host", host);
            assertEquals(1, runtime.exit(), runtime.out() + runtime.err());
            assertTrue(runtime.out().contains("warning: [ssh-lockout]"), runtime.out());
            String fix = "firewall-cmd --direct --add-rule ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT";
            assertTrue(runtime.lines().contains("  fix: " + fix), runtime.out());
            assertEquals(0, check(socket, "--permanent", "--host", host).exit(), "the permanent configuration is untouched");

            assertEquals("success\n", firewallCmd(socket, Shlex.split(fix).subList(1, Shlex.split(fix).size())));
            CheckRun fixed = check(socket, "--runtime", "--host", host);
            assertEquals(List.of(), fixed.starting("warning: [ssh-lockout]"), fixed.out());
            assertEquals(List.of(), fixed.starting("warning: [replies-dropped]"), fixed.out());
            assertEquals(List.of("warning: [ipv6-open]"), fixed.starting("warning: ").stream().map(l -> l.substring(0, 20)).toList(),
                    fixed.out());
        }
    }

    private static List<String> addRule(String rule) {
        List<String> argv = new java.util.ArrayList<>(List.of("--direct", "--add-rule"));
        argv.addAll(Shlex.split(rule));
        return argv;
    }
}
