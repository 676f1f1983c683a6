package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

class SocketServerTest {
    @TempDir
    Path dir;

    private static final EventLog QUIET = new EventLog(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));

    @Test
    void answersTheSocketOwnerAndRemovesTheSocketOnClose() throws IOException {
        Path socket = dir.resolve("run/p.sock");
        try (SocketServer server = new SocketServer(socket, r -> Response.lines(List.of(r.op(), String.join(",", r.args()))), QUIET)) {
            server.start();
            Response r = new DaemonClient(socket).call(new Request("direct.get-rules", List.of("ipv4", "filter", "žluť"), true));
            assertEquals(List.of("direct.get-rules", "ipv4,filter,žluť"), r.lines());
            assertTrue(Files.exists(socket));
        }
        assertFalse(Files.exists(socket));
    }

    @Test
    void refusesOtherUsersByPeerCredentials() throws IOException {
        UserPrincipal nobody;
        try {
            nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            Assumptions.abort("no user 'nobody' on this machine");
            return;
        }
        Path socket = dir.resolve("p.sock");
        try (SocketServer server = new SocketServer(socket, r -> Response.ok(), QUIET, owner -> new PeerPolicy(nobody, nobody))) {
            server.start();
            Response r = new DaemonClient(socket).call(Request.runtime(Ops.STATE));
            assertEquals(ErrorCode.NOT_AUTHORIZED, r.code());
        }
    }

    @Test
    void replacesAStaleSocketButNotALiveOne() throws IOException {
        Path socket = dir.resolve("p.sock");
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(socket));
        dead.close();
        assertTrue(Files.exists(socket));
        try (SocketServer server = new SocketServer(socket, r -> Response.ok(), QUIET)) {
            server.start();
            assertEquals(Response.Kind.OK, new DaemonClient(socket).call(Request.runtime(Ops.RELOAD)).kind());
            SocketServer second = new SocketServer(socket, r -> Response.ok(), QUIET);
            assertThrows(IOException.class, second::start);
            assertEquals(Response.Kind.OK, new DaemonClient(socket).call(Request.runtime(Ops.RELOAD)).kind());
        }
    }

    @Test
    void clientWithoutDaemonReportsNotRunning() {
        assertThrows(DaemonClient.NotRunningException.class,
                () -> new DaemonClient(dir.resolve("absent.sock")).call(Request.runtime(Ops.STATE)));
    }

    @Test
    void daemonServesTheFirewallThroughTheSocket() throws Exception {
        Path socket = dir.resolve("d.sock");
        FakeBackend backend = new FakeBackend();
        Toolkit toolkit = new Toolkit(new FakeCompiler(), new FakeValidator(), Fixture.QUOTING, TextStore::new);
        DaemonOptions options = new DaemonOptions(dir.resolve("etc"), socket, java.util.Optional.of("sim"));
        try (Daemon daemon = Daemon.start(options, new BackendChoice(backend, "test"), toolkit, QUIET)) {
            DaemonClient client = new DaemonClient(socket);
            Response state = client.call(Request.runtime(Ops.STATE));
            for (int i = 0; i < 200 && !state.lines().equals(List.of(Ops.RUNNING)); i++) {
                Thread.sleep(10);
                state = client.call(Request.runtime(Ops.STATE));
            }
            assertEquals(List.of(Ops.RUNNING), state.lines());
            assertTrue(Files.isDirectory(dir.resolve("etc")));
            assertEquals(Response.Kind.OK, client.call(Request.runtime(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-j", "DROP")).kind());
            assertEquals(List.of("ipv4 filter OUTPUT 0 -j DROP"), client.call(Request.runtime(Ops.GET_ALL_RULES)).lines());
        }
        assertFalse(Files.exists(socket));
        assertEquals(1, backend.removed);
    }
}
