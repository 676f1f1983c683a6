package org.portcullis.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.direct.PermanentDirectHandlers;
import org.portcullis.daemon.direct.RuntimeDirectHandlers;
import org.portcullis.daemon.ipset.PermanentIpSetHandlers;
import org.portcullis.daemon.ipset.RuntimeIpSetHandlers;
import org.portcullis.daemon.zone.PermanentPolicyHandlers;
import org.portcullis.daemon.zone.PermanentZoneHandlers;
import org.portcullis.daemon.zone.RuntimePolicyHandlers;
import org.portcullis.daemon.zone.RuntimeZoneHandlers;
import org.portcullis.model.error.ErrorCode;

/**
 * A running daemon: the socket, the firewall state and the single writer thread through which every
 * request but {@code state} passes, so changes never interleave.
 */
public final class Daemon implements AutoCloseable {
    private final Firewall firewall;
    private final SocketServer server;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portcullis-writer");
        t.setDaemon(true);
        return t;
    });
    private final Dispatcher dispatcher;

    private Daemon(DaemonOptions options, Firewall firewall, ArgsQuoting quoting, EventLog log) {
        this.firewall = firewall;
        this.dispatcher = new Dispatcher(firewall)
                .with(new StatusHandlers(firewall))
                .with(new RuntimeDirectHandlers(firewall, quoting))
                .with(new PermanentDirectHandlers(firewall, quoting))
                .with(new RuntimeZoneHandlers(firewall))
                .with(new PermanentZoneHandlers(firewall))
                .with(new RuntimePolicyHandlers(firewall))
                .with(new PermanentPolicyHandlers(firewall))
                .with(new RulesetHandlers(firewall))
                .with(new RuntimeIpSetHandlers(firewall))
                .with(new PermanentIpSetHandlers(firewall));
        this.server = new SocketServer(options.socket(), this::handle, log);
    }

    /** Opens the socket, then applies the permanent configuration; {@code --state} says running afterwards. */
    public static Daemon start(DaemonOptions options, BackendChoice backend, Toolkit toolkit, EventLog log)
            throws IOException {
        log.info(backend.reason());
        if (!Files.isDirectory(options.configDir())) {
            Files.createDirectories(options.configDir(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-x---")));
            log.info("created configuration directory " + options.configDir());
        }
        Firewall firewall = new Firewall(backend.target(), toolkit.compiler(), toolkit.validator(),
                toolkit.store(options.configDir()), toolkit.zoneStore(options.configDir()), log);
        Daemon daemon = new Daemon(options, firewall, toolkit.quoting(), log);
        daemon.server.start();
        log.info("listening on " + options.socket());
        daemon.submit(firewall::start);
        return daemon;
    }

    public Firewall firewall() {
        return firewall;
    }

    Response handle(Request request) {
        if (request.op().equals(Ops.STATE)) {
            return dispatcher.dispatch(request);
        }
        try {
            return writer.submit(() -> dispatcher.dispatch(request)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.error(ErrorCode.NOT_RUNNING, "");
        } catch (ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            return Response.error(ErrorCode.NOT_RUNNING, "");
        }
    }

    void submit(Runnable task) {
        writer.execute(task);
    }

    /** Closes the socket, waits for the change in progress, then removes Portcullis' tables. */
    @Override
    public void close() {
        server.close();
        writer.shutdown();
        try {
            writer.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        firewall.stop();
    }
}
