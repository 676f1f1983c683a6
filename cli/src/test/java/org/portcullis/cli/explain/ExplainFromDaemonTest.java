package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.BackendChoice;
import org.portcullis.daemon.Daemon;
import org.portcullis.daemon.DaemonOptions;
import org.portcullis.daemon.DaemonState;
import org.portcullis.daemon.EventLog;
import org.portcullis.backend.SimBackend;
import org.portcullis.daemon.BackendTarget;
import org.portcullis.daemon.Toolkit;
import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;

/** {@code portcullis explain --runtime|--permanent}: the running daemon's configuration, explained. */
class ExplainFromDaemonTest {
    @TempDir
    Path dir;

    private Run explain(Path socket, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ExplainCommand.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new DaemonDirectSources(socket));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runtimeAndPermanentAreExplainedApart() throws Exception {
        Path socket = dir.resolve("p.sock");
        Path conf = SeedFiles.configDir(dir, true);
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        try (Daemon d = Daemon.start(new DaemonOptions(conf, socket, Optional.empty()),
                new BackendChoice(new BackendTarget(new SimBackend()), "test"), Toolkit.standard(),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())))) {
            for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
                Thread.sleep(10);
            }
            DaemonClient client = new DaemonClient(socket);
            client.call(Request.runtime(Ops.REMOVE_RULE, "ipv4", "filter", "OUTPUT", "1000", "-o", "enp3s0", "-j", "DROP"));

            Run runtime = explain(socket, "--runtime", "--host", host.toString(), "--out", "--oif", "enp3s0", "tcp", "198.18.0.2:80");
            assertEquals("verdict: accept", runtime.last(), runtime.out() + runtime.err());
            Run permanent = explain(socket, "--permanent", "--host", host.toString(), "--out", "--oif", "enp3s0", "tcp", "198.18.0.2:80");
            assertEquals("verdict: drop", permanent.last(), permanent.out() + permanent.err());
            assertTrue(permanent.out().contains("ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP"), permanent.out());
            assertTrue(Files.exists(conf.resolve("direct.xml")));
        }
    }

    @Test
    void noDaemonIsReportedAsNotRunning() {
        Run r = explain(dir.resolve("absent.sock"), "--runtime", "--out", "tcp", "198.18.0.2:80");
        assertEquals(252, r.exit(), r.err());
        assertTrue(r.err().contains("NOT_RUNNING"), r.err());
    }
}
