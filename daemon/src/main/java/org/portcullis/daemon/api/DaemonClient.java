package org.portcullis.daemon.api;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** Sends one request to the daemon over its Unix domain socket and reads the answer. */
public final class DaemonClient {
    private final Path socket;

    public DaemonClient(Path socket) {
        this.socket = socket;
    }

    /** Connects, like firewall-cmd does before any command; NotRunningException when nothing listens. */
    public Connection connect() {
        try {
            return new Connection(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
        } catch (IOException | UnsupportedOperationException e) {
            throw new NotRunningException(e);
        }
    }

    /** Connects, sends one request and reads its answer. */
    public Response call(Request request) {
        try (Connection c = connect()) {
            return c.call(request);
        }
    }

    /** One connection to the daemon, good for one request. */
    public static final class Connection implements AutoCloseable {
        private final SocketChannel channel;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        public Response call(Request request) {
            try {
                return exchange(channel, request);
            } catch (IOException e) {
                throw new NotRunningException(e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    private static Response exchange(SocketChannel channel, Request request) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        Codec.write(out, request);
        out.flush();
        return Codec.readResponse(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
    }

    /** The daemon cannot be reached, or closed the connection without answering. */
    public static final class NotRunningException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotRunningException(Throwable cause) {
            super(cause);
        }
    }
}
