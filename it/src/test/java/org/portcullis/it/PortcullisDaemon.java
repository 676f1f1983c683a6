package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.portcullis.testkit.ExecResult;
import org.portcullis.testkit.Netns;

/**
 * A Portcullis daemon started with the repository's launcher: inside a test namespace with the nftables
 * backend, or {@link #simulated} without a namespace (no root needed).
 */
final class PortcullisDaemon implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private final UnaryOperator<List<String>> placement;
    private final String backend;
    private final Path workDir;
    private final Path configDir;
    private final Path socket;
    private final Path log;
    private Process process;

    PortcullisDaemon(Netns ns, Path workDir) {
        this(ns::inside, "nftables", workDir);
    }

    private PortcullisDaemon(UnaryOperator<List<String>> placement, String backend, Path workDir) {
        this.placement = placement;
        this.backend = backend;
        this.workDir = workDir;
        this.configDir = workDir.resolve("etc");
        this.socket = workDir.resolve("portcullis.sock");
        this.log = workDir.resolve("daemon.log");
    }

    /** A daemon on the simulated kernel ({@code --backend sim}), started in the test's own namespaces. */
    static PortcullisDaemon simulated(Path workDir) {
        return new PortcullisDaemon(argv -> argv, "sim", workDir);
    }

    Path configDir() {
        return configDir;
    }

    /** Writes {@code text} to {@code relative} in the configuration directory, as an administrator edits it. */
    Path writeConfig(String relative, String text) throws IOException {
        Path file = configDir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs firewall-cmd and asserts that it printed {@code success} and nothing else. */
    void ok(String... args) throws IOException, InterruptedException {
        assertEquals(new ExecResult(0, "success\n", ""), cmd(args), String.join(" ", args));
    }

    PortcullisDaemon start() throws IOException, InterruptedException {
        List<String> argv = placement.apply(List.of(ROOT.resolve("bin/portcullis").toString(), "daemon",
                "--backend", backend, "--config-dir", configDir.toString(), "--socket", socket.toString()));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        utf8Locale(pb.environment());
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("daemon exited: " + Files.readString(log));
            }
            if (cmd("--state").stdout().equals("running\n")) {
                return this;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("daemon not running after 60 s: " + Files.readString(log));
    }

    /**
     * Runs bin/firewall-cmd against this daemon with a UTF-8 locale and no input. The argument vector is
     * handed over in a script written as UTF-8, so non-ASCII arguments arrive intact whatever this JVM's
     * locale; output that is not valid UTF-8 fails, so equal strings mean equal bytes.
     */
    ExecResult cmd(String... args) throws IOException, InterruptedException {
        return launch("bin/firewall-cmd", args);
    }

    /** Runs {@code bin/portcullis explain} against this daemon, as {@link #cmd} runs firewall-cmd. */
    ExecResult explain(String... args) throws IOException, InterruptedException {
        String[] all = new String[args.length + 1];
        all[0] = "explain";
        System.arraycopy(args, 0, all, 1, args.length);
        return launch("bin/portcullis", all);
    }

    private ExecResult launch(String launcher, String... args) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("exec ").append(quote(ROOT.resolve(launcher).toString()));
        for (String a : args) {
            script.append(' ').append(quote(a));
        }
        Path file = Files.writeString(workDir.resolve("launch.sh"), script.append('\n'), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        utf8Locale(pb.environment());
        pb.environment().put("PORTCULLIS_SOCKET", socket.toString());
        Process p = pb.start();
        Thread.Builder.OfVirtual threads = Thread.ofVirtual();
        byte[][] err = new byte[1][];
        Thread errReader = threads.start(() -> {
            try {
                err[0] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                err[0] = ("reading stderr: " + e).getBytes(StandardCharsets.UTF_8);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        errReader.join();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(launcher + " hangs: " + List.of(args));
        }
        return new ExecResult(p.exitValue(), utf8(out), utf8(err[0]));
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static void utf8Locale(Map<String, String> env) {
        env.keySet().removeIf(k -> k.startsWith("LC_"));
        env.put("LANG", "C.UTF-8");
    }

    /** SIGTERM, as systemd stops a service; returns the exit code. */
    int stop() throws InterruptedException {
        if (process == null) {
            return -1;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        int code = process.exitValue();
        process = null;
        return code;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
