package org.portcullis.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.portcullis.testkit.ExecResult;
import org.portcullis.testkit.Netns;

/** A Portcullis daemon started with the repository's launcher inside a test namespace. */
final class PortcullisDaemon implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    private final Netns ns;
    private final Path configDir;
    private final Path socket;
    private final Path log;
    private Process process;

    PortcullisDaemon(Netns ns, Path workDir) {
        this.ns = ns;
        this.configDir = workDir.resolve("etc");
        this.socket = workDir.resolve("portcullis.sock");
        this.log = workDir.resolve("daemon.log");
    }

    Path configDir() {
        return configDir;
    }

    PortcullisDaemon start() throws IOException, InterruptedException {
        List<String> argv = ns.inside(List.of(ROOT.resolve("bin/portcullis").toString(), "daemon",
                "--backend", "nftables", "--config-dir", configDir.toString(), "--socket", socket.toString()));
        process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
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

    /** Runs bin/firewall-cmd against this daemon. */
    ExecResult cmd(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add(ROOT.resolve("bin/firewall-cmd").toString());
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().put("PORTCULLIS_SOCKET", socket.toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("firewall-cmd hangs: " + argv);
        }
        return new ExecResult(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
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
