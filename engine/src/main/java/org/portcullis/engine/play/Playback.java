package org.portcullis.engine.play;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.MacAddress;
import org.portcullis.engine.Outcome;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.trace.RejectKind;

/**
 * Plays the packets of one connection between the host and a listening peer without a firewall, and
 * records each of them. TCP retransmits an unanswered SYN at 1, 3, 7, 15, 31 and 63 s and gives up at 127 s.
 */
public final class Playback {
    static final int[] SYN_SENT_AT = {0, 1, 3, 7, 15, 31, 63};
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(127);

    private final Host host;
    private final PacketWalk walk;
    private final SimClock clock;
    private final String peerIif;
    private final MacAddress peerMac;
    private final MacAddress targetMac;
    /** The interface packets from the target arrive on, once the peer's flow was forwarded to it. */
    private String targetIif;
    private final List<PacketRecord> records = new ArrayList<>();

    /** {@code peerIif} is the host interface packets from the peer arrive on. */
    public Playback(Host host, PacketWalk walk, SimClock clock, String peerIif) {
        this(host, walk, clock, peerIif, null, null);
    }

    /**
     * As above; the peer's packets arrive in frames from {@code peerMac}, the target's in frames from
     * {@code targetMac} (null: not known).
     */
    public Playback(Host host, PacketWalk walk, SimClock clock, String peerIif, MacAddress peerMac, MacAddress targetMac) {
        this.host = host;
        this.walk = walk;
        this.clock = clock;
        this.peerIif = peerIif;
        this.peerMac = peerMac;
        this.targetMac = targetMac;
    }

    public List<PacketRecord> records() {
        return List.copyOf(records);
    }

    /** Plays a TCP connection opened by {@code client} with {@code syn}. */
    public Outcome tcp(Sender client, Packet syn) {
        Instant start = clock.instant();
        for (int i = 0; i < SYN_SENT_AT.length; i++) {
            clock.set(start.plusSeconds(SYN_SENT_AT[i]));
            Delivery d = send(client, i == 0 ? "SYN" : "SYN (retransmission " + i + ")", syn);
            if (d.record().fate() == Fate.NO_ROUTE && client == Sender.HOST) {
                return Outcome.UNREACHABLE;
            }
            if (!d.arrived()) {
                if (d.answered()) {
                    return d.answerOutcome();
                }
                continue;
            }
            Sender server = server(client, d);
            if (!send(server, "SYN-ACK", answer(d.received(), TcpFlags.SYN | TcpFlags.ACK)).arrived()) {
                continue;
            }
            finish(client, server, syn, d.received());
            return Outcome.ESTABLISHED;
        }
        clock.set(start.plus(CONNECT_TIMEOUT));
        return Outcome.TIMEOUT;
    }

    private void finish(Sender client, Sender server, Packet syn, Packet arrivedSyn) {
        Packet c = syn;
        Packet s = answer(arrivedSyn, 0);
        send(client, "ACK", flags(c, TcpFlags.ACK));
        send(client, "data", flags(c, TcpFlags.PSH | TcpFlags.ACK));
        send(server, "data", flags(s, TcpFlags.PSH | TcpFlags.ACK));
        send(client, "FIN", flags(c, TcpFlags.FIN | TcpFlags.ACK));
        send(server, "FIN", flags(s, TcpFlags.FIN | TcpFlags.ACK));
        send(client, "ACK", flags(c, TcpFlags.ACK));
    }

    /** Plays one request and the reply {@code replyTo} makes from it as it arrived (UDP, ICMP echo). */
    public Outcome datagram(Sender client, String requestLabel, Packet request, String replyLabel,
                            UnaryOperator<Packet> replyTo) {
        Delivery d = send(client, requestLabel, request);
        if (!d.arrived()) {
            if (client == Sender.HOST && d.record().fate() == Fate.NO_ROUTE) {
                return Outcome.UNREACHABLE;
            }
            if (client == Sender.HOST && !isEchoV6(request)) {
                return Outcome.DENIED;
            }
            return d.answered() ? d.datagramAnswerOutcome() : Outcome.TIMEOUT;
        }
        Sender server = server(client, d);
        return send(server, replyLabel, replyTo.apply(d.received())).arrived() ? Outcome.ESTABLISHED : Outcome.TIMEOUT;
    }

    /**
     * Who answers the client's first packet as it arrived: the host, or the peer; a packet of the peer
     * that the host forwarded instead of delivering (a destination nat sent it on) is answered by the
     * target, whose packets come back by the interface the host sent it out of.
     */
    private Sender server(Sender client, Delivery first) {
        if (client == Sender.HOST) {
            return Sender.PEER;
        }
        if (first.record().fate() == Fate.SENT) {
            targetIif = first.received().oif();
            return Sender.TARGET;
        }
        return Sender.HOST;
    }

    private Delivery send(Sender from, String label, Packet p) {
        Walked w = switch (from) {
            case HOST -> walk.fromHost(p, null);
            case PEER -> walk.toHost(p.withSrcMac(peerMac), peerIif, null);
            case TARGET -> walk.toHost(p.withSrcMac(targetMac), targetIif, null);
        };
        PacketRecord rec = new PacketRecord(label, from, clock.instant(), p, w.trace(), w.fate());
        records.add(rec);
        if (w.fate() != Fate.REJECTED) {
            return new Delivery(rec, w.last(), null);
        }
        PacketRecord ans = answer(w, label, false);
        return new Delivery(rec, w.last(), ans);
    }

    /**
     * Sends the answer to a rejected packet, and, when that answer is itself rejected on its way out, the
     * answer to the answer (an ICMP error about a reset, which goes back to the host itself). The kernel
     * attaches the rejected packet's conntrack entry to a first answer only; the answer to an answer is
     * tracked as conntrack finds it (the entry of a rejected first packet was never confirmed).
     */
    private PacketRecord answer(Walked rejected, String label, boolean nested) {
        RejectKind kind = rejected.trace().verdict().reject();
        Packet answer = RejectAnswer.of(rejected.last(), kind, host);
        if (answer == null) {
            return null;
        }
        Walked aw = walk.fromHost(answer, nested ? null : RejectAnswer.attached(rejected.ct()));
        String answerLabel = RejectAnswer.label(answer, kind) + " answering " + label;
        PacketRecord ans = new PacketRecord(answerLabel, Sender.HOST, clock.instant(), answer, aw.trace(), aw.fate());
        records.add(ans);
        if (aw.fate() == Fate.REJECTED) {
            answer(aw, answerLabel, true);
        }
        return ans;
    }

    /**
     * An ICMPv6 echo request: its socket is not told when the host's own hooks drop it (the send succeeds),
     * unlike UDP and IPv4 echo, whose send fails with EPERM; only an ICMP error that reaches it tells.
     */
    private static boolean isEchoV6(Packet p) {
        return p.v6() && p.protocol() == IpProto.ICMPV6;
    }

    private static Packet answer(Packet p, int tcpFlags) {
        return Packet.tcp(p.dst(), p.dport(), p.src(), p.sport(), tcpFlags);
    }

    private static Packet flags(Packet p, int tcpFlags) {
        Packet base = Packet.tcp(p.src(), p.sport(), p.dst(), p.dport(), tcpFlags);
        return (tcpFlags & TcpFlags.PSH) != 0 ? new Packet(base.src(), base.dst(), base.protocol(), base.sport(),
                base.dport(), tcpFlags, -1, -1, null, null, 0, 552, null) : base;
    }
}
