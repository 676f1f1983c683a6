package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.Explainer;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.render.TextRenderer;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.cli.firewallcmd.Connector;
import org.portcullis.cli.firewallcmd.FirewallCmd;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
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
import org.portcullis.engine.trace.Step;

/** {@code portcullis explain --runtime|--permanent}: the running daemon's configuration, explained. */
class ExplainFromDaemonTest {
    @TempDir
    Path dir;

    private Run explain(Path socket, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ExplainCommand.run(List.of(args), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new DaemonRulesetSources(socket));
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

    private static String firewallCmd(Path socket, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FirewallCmd(Connector.socket(socket), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream())).run(List.of(argv));
        assertEquals(0, code, () -> List.of(argv) + ": " + out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The runtime explanation of inbound http, the deciding rule named {@code origin} unless the daemon's source map names it. */
    private static List<String> namedHttp(Path socket, Path host, Origin origin) throws IOException {
        Compiled compiled = new DaemonRulesetSources(socket).source(DaemonLayer.RUNTIME).orElseThrow().load().compiled();
        ExplainArgs a = ExplainArgsParser.parse(List.of("--runtime", "--host", host.toString(), "--seed", "1", "--in",
                "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:80"));
        ExplainedPacket p = new Explainer(compiled, ExplainCommand.host(a), 1).packet(ExplainCommand.query(a));
        Step.RuleMatched by = assertInstanceOf(Step.RuleMatched.class, Words.decidingStep(p.record().trace()));
        assertEquals("filter_IN_public_allow", by.rule().chain(), by::toString);
        Compiled c = ExplainZonesTest.withOrigin(compiled, by.rule(), origin);
        return new TextRenderer(new RuleNamer(c.ruleset(), c.sourceMap()), new ExplainHeader("test", "base1")).packet(p);
    }

    @Test
    void runtimeZoneChangesTurnARejectionIntoAnAcceptanceByTheService() throws Exception {
        Path socket = dir.resolve("z.sock");
        Path conf = java.nio.file.Files.createDirectories(dir.resolve("etc"));
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        String[] http = {"--runtime", "--host", host.toString(), "--seed", "1", "--in", "--iif", "enp3s0", "--from", "198.18.0.2",
                "tcp", "198.18.0.1:80"};
        try (Daemon d = Daemon.start(new DaemonOptions(conf, socket, Optional.empty()),
                new BackendChoice(new BackendTarget(new SimBackend()), "test"), Toolkit.standard(),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())))) {
            for (int i = 0; i < 500 && d.firewall().state() != DaemonState.RUNNING; i++) {
                Thread.sleep(10);
            }
            Run before = explain(socket, http);
            assertEquals("verdict: reject", before.last(), before.out() + before.err());
            assertEquals(List.of("zone: public (default zone)"), before.starting("zone:"), before.out());

            firewallCmd(socket, "--zone=public", "--add-interface=enp3s0");
            Run bound = explain(socket, http);
            assertEquals("verdict: reject", bound.last(), bound.out());
            assertEquals(List.of("zone: public (interface enp3s0)"), bound.starting("zone:"), bound.out());

            firewallCmd(socket, "--zone=public", "--add-service=http");
            Run after = explain(socket, http);
            assertEquals("verdict: accept", after.last(), after.out() + after.err());
            assertEquals(List.of("zone: public (interface enp3s0)"), after.starting("zone:"), after.out());
            List<String> named = namedHttp(socket, host, new Origin.FromZone("public", "service http"));
            assertTrue(named.contains("decided by: zone public: service http (accept)"), String.join("\n", named));

            http[0] = "--permanent";
            Run permanent = explain(socket, http);
            assertEquals("verdict: reject", permanent.last(), permanent.out());
            assertEquals(List.of("zone: public (default zone)"), permanent.starting("zone:"), permanent.out());
        }
    }

    @Test
    void noDaemonIsReportedAsNotRunning() {
        Run r = explain(dir.resolve("absent.sock"), "--runtime", "--out", "tcp", "198.18.0.2:80");
        assertEquals(252, r.exit(), r.err());
        assertTrue(r.err().contains("NOT_RUNNING"), r.err());
    }
}
