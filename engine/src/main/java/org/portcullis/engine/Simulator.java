package org.portcullis.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.portcullis.engine.classify.Classifier;
import org.portcullis.engine.conntrack.ConnTrack;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtEntry;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.conntrack.IcmpKinds;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.HookPipeline;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.PortRange;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.PacketWalk;
import org.portcullis.engine.play.Playback;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.play.SimClock;
import org.portcullis.engine.play.Walked;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Ruleset;

/**
 * A simulated host running a ruleset: sends single packets or plays whole connections through its hooks
 * with connection tracking, and explains each packet's fate. Deterministic for a given seed.
 */
public final class Simulator {
    /** Where the simulated clock starts. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final Host host;
    private final SimClock clock = new SimClock(EPOCH);
    private final ConnTrack conntrack = new ConnTrack(clock);
    private final Counters counters = new Counters();
    private final PacketWalk walk;
    private final Random random;

    /** Evaluates through the compiled classifier, which decides, traces and counts exactly as the linear walk. */
    public Simulator(Ruleset ruleset, Host host, long seed) {
        this(ruleset, host, seed, Classifier.evaluator(ruleset));
    }

    public Simulator(Ruleset ruleset, Host host, long seed, ChainEvaluator evaluator) {
        this.host = host;
        this.walk = new PacketWalk(host, new HookPipeline(ruleset, evaluator, conntrack, host), counters);
        this.random = new Random(seed);
    }

    /** A packet a local process sends, tracked as conntrack decides. */
    public PacketRecord send(Packet p) {
        return record("packet", Sender.HOST, walk.fromHost(p, null), p);
    }

    /** As {@link #send(Packet)}, but the packet is taken to have ct state {@code assumed}. */
    public PacketRecord send(Packet p, CtState assumed) {
        return record("packet", Sender.HOST, walk.fromHost(p, assume(assumed)), p);
    }

    /** A packet arriving on interface {@code iif}. */
    public PacketRecord receive(Packet p, String iif) {
        return record("packet", Sender.PEER, walk.toHost(p, iif, null), p);
    }

    public PacketRecord receive(Packet p, String iif, CtState assumed) {
        return record("packet", Sender.PEER, walk.toHost(p, iif, assume(assumed)), p);
    }

    private static CtResult assume(CtState s) {
        return new CtResult(s, CtDirection.ORIGINAL, null, false, "ct state " + s.nftName() + " assumed");
    }

    private PacketRecord record(String label, Sender sender, Walked w, Packet p) {
        return new PacketRecord(label, sender, clock.instant(), p, w.trace(), w.fate());
    }

    /**
     * Plays a whole connection; the peer, and the host a connection through is forwarded to, listen and have
     * no firewall.
     */
    public Connection connect(ConnectRequest req) {
        boolean out = req.direction() == Direction.OUTBOUND;
        IpAddress peer = out ? req.to() : req.from();
        if (host.isLocal(peer)) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, peer + " is an address of the host itself");
        }
        if (out && req.from() != null && !host.isLocal(req.from())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, req.from() + " is not an address of the host");
        }
        if (req.direction() == Direction.INBOUND && !host.isLocal(req.to())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, req.to() + " is not an address of the host");
        }
        if (req.direction() == Direction.THROUGH && host.isLocal(req.to())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, req.to() + " is an address of the host itself");
        }
        RouteChoice toPeer = host.route(peer).orElse(null);
        IpAddress src = out ? req.from() != null ? req.from() : toPeer == null ? unspecified(peer) : toPeer.source() : req.from();
        if (src == null) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, "the host has no address to reach " + peer + " from");
        }
        Playback play = new Playback(host, walk, clock, toPeer == null ? null : toPeer.dev(), req.peerMac(),
                req.targetMac());
        Sender client = out ? Sender.HOST : Sender.PEER;
        int sport = ephemeral(out ? host.localPorts() : PortRange.DEFAULT);
        Outcome outcome;
        Packet first;
        if (req.protocol() == IpProto.TCP) {
            first = Packet.tcp(src, sport, req.to(), req.port(), TcpFlags.SYN);
            outcome = play.tcp(client, first);
        } else if (req.protocol() == IpProto.UDP) {
            first = Packet.udp(src, sport, req.to(), req.port());
            outcome = play.datagram(client, "request", first, "response", q -> Packet.udp(q.dst(), q.dport(), q.src(), q.sport()));
        } else {
            boolean v6 = src.v6();
            int id = sport & 0xffff;
            first = Packet.icmp(src, req.to(), IcmpKinds.echoRequest(v6), 0, id);
            outcome = play.datagram(client, "echo-request", first, "echo-reply",
                    q -> Packet.icmp(q.dst(), q.src(), IcmpKinds.echoReply(v6), 0, q.sport()));
        }
        return new Connection(req, first.from(), first.to(), play.records(), outcome);
    }

    /** The source of a packet that has no route: the stack fails it before choosing an address. */
    private static IpAddress unspecified(IpAddress like) {
        return like.v6() ? IpAddress.parse("::") : IpAddress.v4(0);
    }

    private int ephemeral(PortRange range) {
        return range.low() + random.nextInt(range.size());
    }

    public Counters counters() {
        return counters;
    }

    public List<CtEntry> conntrack() {
        return conntrack.entries();
    }

    public Host host() {
        return host;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Lets simulated time pass (conntrack entries expire). */
    public void advance(Duration d) {
        clock.advance(d);
    }
}
