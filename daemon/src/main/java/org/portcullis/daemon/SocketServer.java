package org.portcullis.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.function.Function;

import org.portcullis.daemon.api.Codec;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/**
 * The daemon's Unix domain socket: one request and one response per connection. Connections from users
 * other than root and the socket's owner are answered with NOT_AUTHORIZED.
 */
public final class SocketServer implements AutoCloseable {
    private final Path path;
    private final Function<Request, Response> handler;
    private final EventLog log;
    private final Function<UserPrincipal, PeerPolicy> policies;
    private ServerSocketChannel server;
    private PeerPolicy policy;
    private Thread acceptor;

    public SocketServer(Path path, Function<Request, Response> handler, EventLog log) {
        this(path, handler, log, PeerPolicy::rootOrOwner);
    }

    /** {@code policies} makes the access policy from the socket file's owner. */
    SocketServer(Path path, Function<Request, Response> handler, EventLog log,
                 Function<UserPrincipal, PeerPolicy> policies) {
        this.path = path;
        this.handler = handler;
        this.log = log;
        this.policies = policies;
    }

    /** Binds the socket, replacing a stale socket file; fails if another daemon answers on it. */
    public void start() throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (answers(path)) {
                throw new IOException("another daemon is listening on " + path);
            }
            Files.delete(path);
            log.info("replaced stale socket " + path);
        }
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-rw-rw-"));
        policy = policies.apply(Files.getOwner(path));
        acceptor = Thread.ofPlatform().name("portcullis-accept").daemon(true).start(this::acceptLoop);
    }

    public Path path() {
        return path;
    }

    private static boolean answers(Path path) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            return probe.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                Thread.ofVirtual().name("portcullis-client").start(() -> serve(channel));
            } catch (IOException e) {
                if (server.isOpen()) {
                    log.info("accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void serve(SocketChannel channel) {
        try (channel) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            Request request = Codec.readRequest(in);
            Response response = policy.allows(channel) ? handler.apply(request)
                    : Response.error(ErrorCode.NOT_AUTHORIZED, "");
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Codec.write(out, response);
            out.flush();
        } catch (java.io.EOFException e) {
            // a client that only checked the daemon is there
        } catch (IOException e) {
            log.info("client connection failed: " + e.getMessage());
        }
    }

    /** Stops accepting and removes the socket file. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.info("could not remove socket " + path + ": " + e.getMessage());
        }
    }
}
