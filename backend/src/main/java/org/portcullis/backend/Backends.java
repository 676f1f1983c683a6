package org.portcullis.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.portcullis.backend.nft.NftRunner;
import org.portcullis.backend.nft.NftRunners;

/** Picks a backend for the daemon, with a one-line reason for its first log line. */
public final class Backends {
    private Backends() {
    }

    /** A chosen backend and why it was chosen. */
    public record Detection(Backend backend, String reason) {
    }

    /** nftables when running as root and nftables answers, else the simulator. */
    public static Detection detect() {
        if (!isRoot()) {
            return new Detection(new SimBackend(), "backend sim: not running as root");
        }
        NftRunner runner = NftRunners.best(Optional.empty());
        try {
            runner.listTablesJson();
        } catch (BackendException e) {
            runner.close();
            return new Detection(new SimBackend(), "backend sim: nftables is not usable (" + firstLine(e.getMessage()) + ")");
        }
        return new Detection(new NftablesBackend(runner), "backend nftables: " + runner.description());
    }

    /** The backend a user forced by name ({@code nftables} or {@code sim}). */
    public static Detection forName(String name) {
        return switch (name) {
            case "sim" -> new Detection(new SimBackend(), "backend sim: chosen with --backend");
            case "nftables" -> {
                NftRunner runner = NftRunners.best(Optional.empty());
                yield new Detection(new NftablesBackend(runner), "backend nftables: " + runner.description()
                        + ", chosen with --backend");
            }
            default -> throw new IllegalArgumentException("unknown backend '" + name + "' (nftables or sim)");
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no error text";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
