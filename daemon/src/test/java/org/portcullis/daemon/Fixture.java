package org.portcullis.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.direct.PermanentDirectHandlers;
import org.portcullis.daemon.direct.RuntimeDirectHandlers;

/** A firewall with fakes around it, driven through the dispatcher as the socket server would. */
final class Fixture {
    static final ArgsQuoting QUOTING = words -> String.join(" ", words.stream().map(Fixture::quote).toList());

    final FakeBackend backend = new FakeBackend();
    final FakeCompiler compiler = new FakeCompiler();
    final Path dir;
    final TextStore store;
    final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final Firewall firewall;
    final Dispatcher dispatcher;

    Fixture(Path dir) {
        this.dir = dir;
        this.store = new TextStore(dir);
        this.firewall = new Firewall(backend, compiler, new FakeValidator(), store,
                new EventLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8)));
        this.dispatcher = new Dispatcher(firewall).with(new StatusHandlers(firewall))
                .with(new RuntimeDirectHandlers(firewall, QUOTING)).with(new PermanentDirectHandlers(firewall, QUOTING));
    }

    static Fixture started(Path dir) {
        Fixture f = new Fixture(dir);
        f.firewall.start();
        return f;
    }

    Response run(String op, String... args) {
        return dispatcher.dispatch(new Request(op, List.of(args), false));
    }

    Response perm(String op, String... args) {
        return dispatcher.dispatch(new Request(op, List.of(args), true));
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    /** The permanent file's bytes, or null when absent. */
    String fileText() {
        try {
            return Files.exists(store.file()) ? Files.readString(store.file()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A simplified shell quoting, enough for the words used in these tests. */
    static String quote(String w) {
        return w.matches("[A-Za-z0-9@%+=:,./_-]+") ? w : "'" + w.replace("'", "'\"'\"'") + "'";
    }
}
