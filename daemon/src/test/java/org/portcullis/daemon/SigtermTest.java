package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/** The daemon as a process: SIGTERM removes its tables and socket and ends it within 5 s. */
class SigtermTest {
    @TempDir
    Path dir;

    @Test
    void sigtermCleansUpAndExits() throws Exception {
        Path socket = dir.resolve("run/portcullis.sock");
        Path log = dir.resolve("daemon.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.portcullis.daemon.DaemonMain", "--config-dir", dir.resolve("etc").toString(),
                "--socket", socket.toString(), "--backend", "sim")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Response state = null;
            for (int i = 0; i < 300 && (state == null || state.lines().equals(List.of(Ops.STARTING))); i++) {
                Thread.sleep(50);
                if (Files.exists(socket)) {
                    try {
                        state = new DaemonClient(socket).call(Request.runtime(Ops.STATE));
                    } catch (DaemonClient.NotRunningException e) {
                        state = null;
                    }
                }
            }
            assertTrue(state != null && !state.lines().equals(List.of(Ops.STARTING)), Files.readString(log));
            assertTrue(Files.isDirectory(dir.resolve("etc")));
            p.destroy();
            assertTrue(p.waitFor(5, TimeUnit.SECONDS), "daemon still running 5 s after SIGTERM");
            assertFalse(Files.exists(socket));
            String text = Files.readString(log);
            assertTrue(text.lines().findFirst().orElse("").contains("backend sim"), text);
            assertTrue(text.contains("removed Portcullis tables"), text);
            assertEquals(0, p.exitValue(), "a clean stop exits 0");
        } finally {
            p.destroyForcibly();
        }
    }
}
