package org.portcullis.testkit;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/** One ICMP echo request sent with {@code ping} from inside a namespace, and what came back. */
public final class Ping {

    /** What the pinging host observed. */
    public enum Outcome {
        /** An echo reply. */
        REPLY,
        /** An ICMP destination unreachable, code 13 (communication administratively prohibited). */
        ADMIN_PROHIBITED,
        /** Any other ICMP error. */
        UNREACHABLE,
        /** Nothing came back in time. */
        TIMEOUT,
        /** The pinging host's own firewall refused to send (EPERM). */
        DENIED
    }

    private Ping() {
    }

    /** Why pings cannot be sent here, or empty when they can. */
    public static Optional<String> skipReason() {
        return Commands.run("ping", "-V").ok() ? Optional.empty()
                : Optional.of("the ping command (iputils-ping) is not available");
    }

    /** Skips the calling test, with the reason, unless {@code ping} is available. */
    public static void assumeAvailable() {
        Optional<String> reason = skipReason();
        Assumptions.assumeTrue(reason.isEmpty(), () -> "ping test skipped: " + reason.orElse(""));
    }

    /** Sends one echo request from {@code ns} to {@code addr} and waits up to {@code timeoutMs}. */
    public static Outcome run(Netns ns, String addr, int timeoutMs) {
        String seconds = String.format(Locale.ROOT, "%.3f", timeoutMs / 1000.0);
        ExecResult r = ns.exec("ping", "-n", "-c", "1", "-W", seconds, addr);
        return classify(r).orElseThrow(() -> new IllegalStateException(
                "ping in " + ns + " failed (exit " + r.exitCode() + "): " + r.stdout() + r.stderr()));
    }

    /** The outcome {@code ping -c 1} reported, or empty when it could not ping at all. */
    static Optional<Outcome> classify(ExecResult r) {
        String out = r.stdout() + r.stderr();
        if (r.exitCode() == 0) {
            return Optional.of(Outcome.REPLY);
        }
        if (out.contains("Operation not permitted")) {
            return Optional.of(Outcome.DENIED);
        }
        if (r.exitCode() != 1) {
            return Optional.empty();
        }
        for (String line : out.lines().toList()) {
            if (line.startsWith("From ")) {
                return Optional.of(line.endsWith("Packet filtered") ? Outcome.ADMIN_PROHIBITED : Outcome.UNREACHABLE);
            }
        }
        return Optional.of(Outcome.TIMEOUT);
    }
}
