package org.portcullis.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/** Tells whether kernel tests can run here: root, {@code ip}, {@code nft} and a working {@code ip netns add}. */
public final class KernelSupport {
    private static volatile Optional<String> cached;

    private KernelSupport() {
    }

    /** Why kernel tests cannot run, or empty when they can. */
    public static Optional<String> skipReason() {
        Optional<String> r = cached;
        if (r == null) {
            r = probe();
            cached = r;
        }
        return r;
    }

    /** Skips the calling test, with the reason, unless kernel tests can run. */
    public static void assumeKernel() {
        Optional<String> reason = skipReason();
        Assumptions.assumeTrue(reason.isEmpty(), () -> "kernel test skipped: " + reason.orElse(""));
    }

    private static Optional<String> probe() {
        if (!isRoot()) {
            return Optional.of("not running as root");
        }
        if (!Commands.run("ip", "-V").ok()) {
            return Optional.of("the ip command (iproute2) is not available");
        }
        if (!Commands.run("nft", "--version").ok()) {
            return Optional.of("the nft command (nftables) is not available");
        }
        try (Netns ns = Netns.create("pc-probe")) {
            if (!ns.exec("nft", "list", "ruleset").ok()) {
                return Optional.of("nft does not work inside a network namespace");
            }
        } catch (RuntimeException e) {
            return Optional.of("cannot create a network namespace: " + e.getMessage());
        }
        return Optional.empty();
    }

    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (java.io.IOException e) {
            return false;
        }
        return false;
    }
}
