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

    /** Throws {@link NotRunningException} when nothing listens on the socket. */
    public Response call(Request request) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            throw new NotRunningException(e);
        }
        try (channel) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Codec.write(out, request);
            out.flush();
            return Codec.readResponse(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
        } catch (IOException e) {
            throw new NotRunningException(e);
        }
    }

    /** The daemon cannot be reached, or closed the connection without answering. */
    public static final class NotRunningException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRunningException(Throwable cause) {
            super(cause);
        }
    }
}
