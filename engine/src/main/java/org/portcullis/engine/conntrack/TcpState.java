package org.portcullis.engine.conntrack;

import java.time.Duration;

/** The TCP states conntrack follows, with the kernel's default timeouts. */
public enum TcpState {
    SYN_SENT(120), SYN_RECV(60), ESTABLISHED(432_000), FIN_WAIT(120), CLOSE_WAIT(60), LAST_ACK(30),
    TIME_WAIT(120), CLOSE(10);

    private final long seconds;

    TcpState(long seconds) {
        this.seconds = seconds;
    }

    public Duration timeout() {
        return Duration.ofSeconds(seconds);
    }
}
