package org.portcullis.engine.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.play.SimClock;
import org.portcullis.model.net.IpAddress;

class ConnTrackTest {
    static final IpAddress C = IpAddress.parse("198.18.0.1");
    static final IpAddress S = IpAddress.parse("198.18.0.2");

    final SimClock clock = new SimClock(Instant.EPOCH);
    final ConnTrack ct = new ConnTrack(clock);

    static Packet c2s(int flags) {
        return Packet.tcp(C, 40000, S, 22, flags);
    }

    static Packet s2c(int flags) {
        return Packet.tcp(S, 22, C, 40000, flags);
    }

    CtResult pass(Packet p) {
        CtResult r = ct.track(p);
        ct.confirm(r);
        return r;
    }

    @Test
    void tcpHandshakeDataAndClose() {
        CtResult syn = pass(c2s(TcpFlags.SYN));
        assertEquals(CtState.NEW, syn.state());
        assertEquals(TcpState.SYN_SENT, syn.entry().tcp());
        assertEquals(CtState.NEW, pass(c2s(TcpFlags.SYN)).state());
        CtResult synAck = pass(s2c(TcpFlags.SYN | TcpFlags.ACK));
        assertEquals(CtState.ESTABLISHED, synAck.state());
        assertEquals(CtDirection.REPLY, synAck.direction());
        assertEquals(TcpState.SYN_RECV, synAck.entry().tcp());
        assertEquals(TcpState.ESTABLISHED, pass(c2s(TcpFlags.ACK)).entry().tcp());
        assertEquals(CtState.ESTABLISHED, pass(c2s(TcpFlags.PSH | TcpFlags.ACK)).state());
        assertEquals(TcpState.FIN_WAIT, pass(c2s(TcpFlags.FIN | TcpFlags.ACK)).entry().tcp());
        assertEquals(TcpState.LAST_ACK, pass(s2c(TcpFlags.FIN | TcpFlags.ACK)).entry().tcp());
        assertEquals(TcpState.TIME_WAIT, pass(c2s(TcpFlags.ACK)).entry().tcp());
    }

    @Test
    void plainAckWithoutEntryIsPickedUpAndStaysNewUntilAReply() {
        CtResult ack = pass(c2s(TcpFlags.ACK));
        assertEquals(CtState.NEW, ack.state());
        assertEquals(TcpState.ESTABLISHED, ack.entry().tcp());
        assertEquals(CtState.NEW, pass(c2s(TcpFlags.ACK | TcpFlags.PSH)).state());
        assertEquals(CtState.ESTABLISHED, pass(s2c(TcpFlags.ACK)).state());
        assertEquals(CtState.ESTABLISHED, pass(c2s(TcpFlags.ACK)).state());
    }

    @Test
    void finRstAndSynAckWithoutEntryAreInvalid() {
        for (int flags : new int[] {TcpFlags.FIN | TcpFlags.ACK, TcpFlags.RST, TcpFlags.SYN | TcpFlags.ACK, 0}) {
            CtResult r = pass(c2s(flags));
            assertEquals(CtState.INVALID, r.state(), TcpFlags.describe(flags));
            assertNull(r.entry());
        }
        assertTrue(ct.entries().isEmpty());
    }

    @Test
    void anUnconfirmedEntryLeavesNothingBehind() {
        CtResult dropped = ct.track(c2s(TcpFlags.SYN));
        assertTrue(dropped.created());
        assertTrue(ct.entries().isEmpty());
        CtResult again = ct.track(c2s(TcpFlags.SYN));
        assertTrue(again.created());
        assertEquals(CtState.NEW, again.state());
    }

    @Test
    void entriesExpireWithTheClock() {
        pass(c2s(TcpFlags.SYN));
        clock.advance(Duration.ofSeconds(119));
        assertEquals(1, ct.entries().size());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(ct.entries().isEmpty());
        Packet q = Packet.udp(C, 5353, S, 53);
        pass(q);
        pass(Packet.udp(S, 53, C, 5353));
        clock.advance(Duration.ofSeconds(119));
        assertEquals(CtState.ESTABLISHED, pass(q).state());
        clock.advance(Duration.ofSeconds(121));
        assertEquals(CtState.NEW, pass(q).state());
    }

    @Test
    void udpRequestAndResponse() {
        assertEquals(CtState.NEW, pass(Packet.udp(C, 5353, S, 53)).state());
        assertEquals(CtState.NEW, pass(Packet.udp(C, 5353, S, 53)).state());
        assertEquals(CtState.ESTABLISHED, pass(Packet.udp(S, 53, C, 5353)).state());
        assertEquals(CtState.ESTABLISHED, pass(Packet.udp(C, 5353, S, 53)).state());
    }

    @Test
    void icmpEchoAndErrorsAboutTrackedFlows() {
        assertEquals(CtState.INVALID, pass(Packet.icmp(S, C, 0, 0, 7)).state());
        assertEquals(CtState.NEW, pass(Packet.icmp(C, S, 8, 0, 7)).state());
        assertEquals(CtState.ESTABLISHED, pass(Packet.icmp(S, C, 0, 0, 7)).state());
        Packet udp = Packet.udp(C, 5353, S, 53);
        pass(udp);
        CtResult err = pass(Packet.icmpError(S, udp, 3, 3));
        assertEquals(CtState.RELATED, err.state());
        CtResult stray = pass(Packet.icmpError(S, Packet.udp(C, 1, S, 2), 3, 3));
        assertEquals(CtState.INVALID, stray.state());
    }

    @Test
    void neighbourDiscoveryIsUntracked() {
        IpAddress a = IpAddress.parse("fe80::1");
        IpAddress b = IpAddress.parse("fe80::2");
        assertEquals(CtState.UNTRACKED, ct.track(Packet.icmp(a, b, 135, 0, 0)).state());
        assertEquals(CtState.NEW, ct.track(Packet.icmp(a, b, 128, 0, 1)).state());
    }

    @Test
    void aSynAfterTimeWaitOpensAFreshFlow() {
        pass(c2s(TcpFlags.SYN));
        pass(s2c(TcpFlags.RST | TcpFlags.ACK));
        CtResult reopened = pass(c2s(TcpFlags.SYN));
        assertEquals(CtState.NEW, reopened.state());
        assertTrue(reopened.created());
        assertFalse(reopened.entry().seenReply());
    }
}
