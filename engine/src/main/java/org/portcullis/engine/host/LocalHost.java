package org.portcullis.engine.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Reads the host model of the machine it runs on with {@code ip -j} and the sysctls; changes nothing. */
public final class LocalHost {
    private LocalHost() {
    }

    public static Host read() {
        String name;
        try {
            name = Files.readAllLines(Path.of("/proc/sys/kernel/hostname")).getFirst().trim();
        } catch (IOException | RuntimeException e) {
            name = "localhost";
        }
        return IpJsonLoader.load(name, run("ip", "-j", "addr"), run("ip", "-j", "route"), run("ip", "-j", "-6", "route"),
                portRange(Path.of("/proc/sys/net/ipv4/ip_local_port_range")),
                flag(Path.of("/proc/sys/net/ipv4/ip_forward")));
    }

    /** Reads {@code ip_local_port_range}; the default when absent. */
    static PortRange portRange(Path file) {
        try {
            String[] w = Files.readAllLines(file).getFirst().trim().split("\\s+");
            return new PortRange(Integer.parseInt(w[0]), Integer.parseInt(w[1]));
        } catch (IOException | RuntimeException e) {
            return PortRange.DEFAULT;
        }
    }

    private static boolean flag(Path file) {
        try {
            return Files.readAllLines(file).getFirst().trim().equals("1");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(List.of(cmd)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new FirewallException(ErrorCode.COMMAND_FAILED, String.join(" ", cmd));
            }
            return out.isBlank() ? "[]" : out;
        } catch (IOException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, String.join(" ", cmd) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FirewallException(ErrorCode.COMMAND_FAILED, String.join(" ", cmd) + ": interrupted");
        }
    }
}
