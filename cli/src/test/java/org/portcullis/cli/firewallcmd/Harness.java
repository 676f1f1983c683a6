package org.portcullis.cli.firewallcmd;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/** Runs firewall-cmd against a scripted daemon and captures what it prints. */
final class Harness {
    record Result(int exit, String out, String err, List<Request> requests) {
    }

    final List<Request> requests = new ArrayList<>();
    private final Function<Request, Response> daemon;
    private final boolean running;

    private Harness(Function<Request, Response> daemon, boolean running) {
        this.daemon = daemon;
        this.running = running;
    }

    /** A daemon that is running and answers {@code answer} to everything but {@code state}. */
    static Harness answering(Response answer) {
        return new Harness(r -> r.op().equals(Ops.STATE) ? Response.lines(List.of(Ops.RUNNING)) : answer, true);
    }

    static Harness with(Function<Request, Response> daemon) {
        return new Harness(daemon, true);
    }

    static Harness down() {
        return new Harness(r -> Response.ok(), false);
    }

    Result run(String... argv) {
        requests.clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Connector connector = () -> {
            if (!running) {
                throw new DaemonClient.NotRunningException(new java.io.IOException("connection refused"));
            }
            return r -> {
                requests.add(r);
                return daemon.apply(r);
            };
        };
        int code = new FirewallCmd(connector, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(argv));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                List.copyOf(requests));
    }
}
