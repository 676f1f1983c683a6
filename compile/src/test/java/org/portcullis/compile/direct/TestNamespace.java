package org.portcullis.compile.direct;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** A throwaway network namespace for running nft; removed on close. */
public final class TestNamespace implements AutoCloseable {
    public record Result(int exit, String output) {
    }

    private final String name;

    private TestNamespace(String name) {
        this.name = name;
    }

    /** Why a namespace cannot be used here, or null when it can. */
    public static String unavailable() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "needs root to create a network namespace";
        }
        for (String tool : List.of("/usr/sbin/nft", "/usr/sbin/ip")) {
            if (!Files.isExecutable(Path.of(tool))) {
                return tool + " is not installed";
            }
        }
        return null;
    }

    public static TestNamespace create() throws IOException, InterruptedException {
        String name = "pc-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        Result r = run(null, "ip", "netns", "add", name);
        if (r.exit() != 0) {
            throw new IOException("ip netns add failed: " + r.output());
        }
        return new TestNamespace(name);
    }

    public Result nft(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name, "nft"));
        cmd.addAll(List.of(args));
        return run(stdin, cmd.toArray(String[]::new));
    }

    private static Result run(String stdin, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), out);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(null, "ip", "netns", "delete", name);
    }
}
