package org.portcullis.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PingTest {

    @Test
    void anEchoReplyIsExitZero() {
        assertEquals(Optional.of(Ping.Outcome.REPLY), Ping.classify(new ExecResult(0,
                "64 bytes from 198.18.0.2: icmp_seq=1 ttl=64 time=0.113 ms\n", "")));
    }

    @Test
    void packetFilteredIsAdminProhibited() {
        assertEquals(Optional.of(Ping.Outcome.ADMIN_PROHIBITED), Ping.classify(new ExecResult(1,
                "PING 198.18.0.2 (198.18.0.2) 56(84) bytes of data.\nFrom 198.18.0.2 icmp_seq=1 Packet filtered\n\n"
                        + "1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n", "")));
    }

    @Test
    void otherIcmpErrorsAreUnreachable() {
        assertEquals(Optional.of(Ping.Outcome.UNREACHABLE), Ping.classify(new ExecResult(1,
                "From 198.18.0.1 icmp_seq=1 Destination Host Unreachable\n", "")));
        assertEquals(Optional.of(Ping.Outcome.UNREACHABLE), Ping.classify(new ExecResult(1,
                "From 198.18.0.1 icmp_seq=1 Destination Host Prohibited\n", "")));
    }

    @Test
    void noAnswerIsATimeout() {
        assertEquals(Optional.of(Ping.Outcome.TIMEOUT), Ping.classify(new ExecResult(1,
                "1 packets transmitted, 0 received, 100% packet loss, time 0ms\n", "")));
    }

    @Test
    void aRefusedSendIsDeniedAndOtherFailuresAreNoOutcome() {
        assertEquals(Optional.of(Ping.Outcome.DENIED), Ping.classify(new ExecResult(1, "",
                "ping: sendmsg: Operation not permitted\n")));
        assertEquals(Optional.empty(), Ping.classify(new ExecResult(2, "", "ping: connect: Network is unreachable\n")));
    }
}
