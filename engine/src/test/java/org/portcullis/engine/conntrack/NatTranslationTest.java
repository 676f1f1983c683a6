package org.portcullis.engine.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.play.SimClock;
import org.portcullis.model.net.IpAddress;

/** A flow's nat bindings and the rewrites the nat hooks make from them, replies and ICMP errors included. */
class NatTranslationTest {
    static final IpAddress CLIENT = IpAddress.parse("198.18.0.2");
    static final IpAddress PUBLIC = IpAddress.parse("198.18.0.1");
    static final IpAddress SERVER = IpAddress.parse("198.18.1.9");
    static final IpAddress INSIDE = IpAddress.parse("198.18.1.1");

    final ConnTrack ct = new ConnTrack(new SimClock(Instant.EPOCH));

    /** client -> public:2222, destination translated to server:22, source masqueraded to the inside address. */
    CtResult translatedFlow() {
        CtResult r = ct.track(Packet.tcp(CLIENT, 40000, PUBLIC, 2222, TcpFlags.SYN));
        assertTrue(r.entry().bind(Manip.DST, SERVER, 22));
        assertTrue(r.entry().bind(Manip.SRC, INSIDE, -1));
        assertEquals(CtEntry.SRC_NAT | CtEntry.DST_NAT, r.entry().natStatus());
        ct.confirm(r);
        return r;
    }

    @Test
    void originalPacketsAreTranslatedOneEndPerHook() {
        CtResult r = translatedFlow();
        Packet syn = Packet.tcp(CLIENT, 40000, PUBLIC, 2222, TcpFlags.SYN);
        Packet afterPre = Translation.apply(r, Manip.DST, syn);
        assertEquals(Packet.tcp(CLIENT, 40000, SERVER, 22, TcpFlags.SYN), afterPre);
        assertEquals(Packet.tcp(INSIDE, 40000, SERVER, 22, TcpFlags.SYN), Translation.apply(r, Manip.SRC, afterPre));
    }

    @Test
    void repliesAreTranslatedBack() {
        translatedFlow();
        Packet synAck = Packet.tcp(SERVER, 22, INSIDE, 40000, TcpFlags.SYN | TcpFlags.ACK);
        CtResult r = ct.track(synAck);
        assertEquals(CtDirection.REPLY, r.direction());
        Packet afterPre = Translation.apply(r, Manip.DST, synAck);
        assertEquals(Packet.tcp(SERVER, 22, CLIENT, 40000, TcpFlags.SYN | TcpFlags.ACK), afterPre);
        assertEquals(Packet.tcp(PUBLIC, 2222, CLIENT, 40000, TcpFlags.SYN | TcpFlags.ACK), Translation.apply(r, Manip.SRC, afterPre));
    }

    @Test
    void anIcmpErrorAboutTheTranslatedPacketIsTranslatedInsideAndOut() {
        translatedFlow();
        Packet sent = Packet.tcp(INSIDE, 40000, SERVER, 22, TcpFlags.SYN);
        Packet error = Packet.icmpError(SERVER, sent, 3, 3);
        CtResult r = ct.track(error);
        assertEquals(CtState.RELATED, r.state());
        assertEquals(CtDirection.REPLY, r.direction());
        Packet afterPre = Translation.apply(r, Manip.DST, error);
        assertEquals(CLIENT, afterPre.dst());
        assertEquals(Packet.tcp(CLIENT, 40000, SERVER, 22, TcpFlags.SYN), afterPre.quoted());
        Packet afterPost = Translation.apply(r, Manip.SRC, afterPre);
        assertEquals(PUBLIC, afterPost.src());
        assertEquals(Packet.tcp(CLIENT, 40000, PUBLIC, 2222, TcpFlags.SYN), afterPost.quoted());
    }

    @Test
    void aBindingToTheSameAddressChangesNothing() {
        CtResult r = ct.track(Packet.tcp(CLIENT, 40000, PUBLIC, 22, TcpFlags.SYN));
        assertFalse(r.entry().bind(Manip.DST, PUBLIC, 22));
        assertTrue(r.entry().natInitialized(Manip.DST));
        assertFalse(r.entry().natInitialized(Manip.SRC));
        assertEquals(0, r.entry().natStatus());
        Packet p = Packet.tcp(CLIENT, 40000, PUBLIC, 22, TcpFlags.SYN);
        assertSame(p, Translation.apply(r, Manip.DST, p));
    }

    @Test
    void requestsOtherThanEchoOpenFlowsToo() {
        CtResult ts = ct.track(Packet.icmp(CLIENT, PUBLIC, 13, 0, 9));
        assertEquals(CtState.NEW, ts.state());
        ct.confirm(ts);
        assertEquals(CtState.ESTABLISHED, ct.track(Packet.icmp(PUBLIC, CLIENT, 14, 0, 9)).state());
        assertEquals(CtState.INVALID, ct.track(Packet.icmp(CLIENT, PUBLIC, 10, 0, 9)).state());
        assertEquals(CtState.INVALID, ct.track(Packet.icmp(CLIENT, PUBLIC, 0, 0, 5)).state());
    }
}
