package org.portcullis.daemon;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The daemon's log: one line per event on a stream (stderr, which a service manager collects). */
public final class EventLog {
    private final PrintStream out;

    public EventLog(PrintStream out) {
        this.out = out;
    }

    public void info(String message) {
        out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " portcullis: " + message.replace('\n', ' '));
        out.flush();
    }
}
