package org.portcullis.engine.play;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the simulation moves forward itself. */
public final class SimClock implements InstantSource {
    private Instant now;

    public SimClock(Instant start) {
        now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant at) {
        if (at.isBefore(now)) {
            throw new IllegalArgumentException("the clock does not go back");
        }
        now = at;
    }
}
