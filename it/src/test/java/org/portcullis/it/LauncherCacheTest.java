package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.Commands;
import org.portcullis.testkit.ExecResult;

/**
 * The launchers' start-up cache against the class path it was made from: the repository's bin/lib scripts
 * run in a copy of the layout with a stand-in JDK whose java prints its arguments.
 */
class LauncherCacheTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path root;

    private Path dist;

    @BeforeEach
    void layout() throws IOException {
        Path lib = Files.createDirectories(root.resolve("bin/lib"));
        for (String script : List.of("launch.sh", "jdk.sh")) {
            Files.copy(PortcullisDaemon.ROOT.resolve("bin/lib").resolve(script), lib.resolve(script));
        }
        Path jdk = Files.createDirectories(root.resolve("jdk/bin"));
        Files.writeString(root.resolve("jdk/release"), "JAVA_VERSION=\"25.0.1\"\n");
        Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        dist = Files.createDirectories(root.resolve("cli/target/dist/lib")).getParent();
        touch(dist.resolve("portcullis-cli.jar"), 0);
        touch(dist.resolve("lib/portcullis-daemon-0.1.0.jar"), 10);
    }

    private static void touch(Path file, long seconds) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(seconds)));
    }

    private List<String> javaArguments() {
        ExecResult r = Commands.run(List.of("env", "PORTCULLIS_JAVA_HOME=" + root.resolve("jdk"), "bash", "-c",
                ". \"$0\" && portcullis_launch org.example.Main -- arg", root.resolve("bin/lib/launch.sh").toString()));
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout().lines().toList();
    }

    @Test
    void aCacheNewerThanEveryJarIsUsed() throws IOException {
        touch(dist.resolve("Main.aot"), 20);
        List<String> args = javaArguments();
        assertTrue(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=") && a.endsWith("/cli/target/dist/Main.aot")),
                args.toString());
        assertEquals(List.of("org.example.Main", "arg"), args.subList(args.size() - 2, args.size()));
    }

    @Test
    void aCacheOlderThanARebuiltModuleIsNotUsed() throws IOException {
        touch(dist.resolve("Main.aot"), 5);
        List<String> args = javaArguments();
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")), args.toString());
        assertTrue(args.contains("-XX:AOTMode=record"), "a new configuration is recorded: " + args);
    }
}
