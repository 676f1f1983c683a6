package org.portcullis.daemon;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code portcullis daemon ...}: runs in the foreground until SIGTERM/SIGINT, then cleans up and exits. */
public final class DaemonMain {
    private DaemonMain() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), new DefaultBackends()));
    }

    /** Returns the exit code; blocks while the daemon runs. */
    public static int run(List<String> args, BackendProvider backends) {
        EventLog log = new EventLog(System.err);
        DaemonOptions options;
        BackendChoice backend;
        try {
            options = DaemonOptions.parse(args, System.getenv());
            backend = options.backend().map(backends::byName).orElseGet(backends::detect);
        } catch (IllegalArgumentException e) {
            System.err.println("portcullis daemon: " + e.getMessage());
            System.err.println(DaemonOptions.USAGE);
            return 2;
        }
        Daemon daemon;
        try {
            daemon = Daemon.start(options, backend, Toolkit.standard(), log);
        } catch (IOException e) {
            log.info("cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            daemon.close();
            stopped.countDown();
            // A clean stop on SIGTERM is a success, not the JVM's 128+15.
            Runtime.getRuntime().halt(0);
        }, "portcullis-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
