package org.portcullis.analysis.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portcullis.compile.Compiled;
import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Direction;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.conntrack.IcmpKinds;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.PortRange;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/**
 * Explains packets and connections against one compiled ruleset on one host model. Each explanation runs
 * on a fresh simulator, so none sees another's conntrack entries. Ephemeral ports are drawn from
 * {@code seed}.
 */
public final class Explainer {
    private final Compiled compiled;
    private final Host host;
    private final long seed;

    public Explainer(Compiled compiled, Host host, long seed) {
        this.compiled = compiled;
        this.host = host;
        this.seed = seed;
    }

    public RuleNamer namer() {
        return new RuleNamer(compiled.ruleset(), compiled.sourceMap());
    }

    public Host host() {
        return host;
    }

    /** Plays a connection; {@code oif}, when not null, is the interface the host's side sends by. */
    public ExplainedConnection connect(ConnectRequest req, String oif) {
        List<String> notes = new ArrayList<>();
        IpAddress peer = req.direction() == Direction.OUTBOUND ? req.to() : req.from();
        Host h = oif == null ? host : HostAdjust.pinned(host, peer, oif, notes);
        notes.add("the peer " + peer + " listens and has no firewall of its own");
        return new ExplainedConnection(new Simulator(compiled.ruleset(), h, seed).connect(req), notes);
    }

    public ExplainedPacket packet(PacketQuery q) {
        List<String> notes = new ArrayList<>();
        if (q.ctState() != CtState.NEW) {
            notes.add("ct state " + q.ctState().nftName() + " assumed: conntrack is not asked");
        }
        Random random = new Random(seed);
        PacketRecord rec = switch (q.path()) {
            case OUT -> out(q, random, notes);
            case IN -> in(q, random, notes);
            case FORWARD -> forward(q, random, notes);
        };
        return new ExplainedPacket(q, rec, notes);
    }

    private PacketRecord out(PacketQuery q, Random random, List<String> notes) {
        Host h = q.oif() == null ? host : HostAdjust.pinned(host, q.to(), q.oif(), notes);
        if (q.from() != null && !h.isLocal(q.from())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, q.from() + " is not an address of host " + h.name());
        }
        IpAddress src = q.from() != null ? q.from()
                : h.route(q.to()).map(RouteChoice::source).orElse(q.to().v6() ? IpAddress.parse("::") : IpAddress.v4(0));
        if (src == null) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, "host " + h.name() + " has no address to send to " + q.to() + " from");
        }
        Packet p = packet(q, src, port(q, h.localPorts(), random, notes));
        Simulator sim = new Simulator(compiled.ruleset(), h, seed);
        return q.ctState() == CtState.NEW ? sim.send(p) : sim.send(p, q.ctState());
    }

    private PacketRecord in(PacketQuery q, Random random, List<String> notes) {
        IpAddress from = peer(q);
        if (!host.isLocal(q.to())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, q.to() + " is not an address of host " + host.name()
                    + "; a packet passing through takes the forward path");
        }
        return receive(q, host, from, random, notes);
    }

    private PacketRecord forward(PacketQuery q, Random random, List<String> notes) {
        IpAddress from = peer(q);
        if (host.isLocal(q.to())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, q.to() + " is an address of host " + host.name()
                    + "; a packet for the host takes the input path");
        }
        Host h = q.oif() == null ? host : HostAdjust.pinned(host, q.to(), q.oif(), notes);
        if (!h.forwarding()) {
            notes.add("host " + h.name() + " does not forward packets (ip_forward is off)");
        }
        return receive(q, h, from, random, notes);
    }

    private PacketRecord receive(PacketQuery q, Host h, IpAddress from, Random random, List<String> notes) {
        String iif = q.iif();
        if (iif == null) {
            iif = h.route(from).filter(r -> !r.local()).map(RouteChoice::dev).orElseThrow(() ->
                    new FirewallException(ErrorCode.INVALID_INTERFACE, "no route back to " + from + "; give the arrival interface"));
            notes.add("arrives on " + iif + ", the interface the host routes " + from + " by");
        } else {
            HostAdjust.requireInterface(h, iif);
        }
        Packet p = packet(q, from, port(q, PortRange.DEFAULT, random, notes)).withSrcMac(q.mac());
        Simulator sim = new Simulator(compiled.ruleset(), h, seed);
        return q.ctState() == CtState.NEW ? sim.receive(p, iif) : sim.receive(p, iif, q.ctState());
    }

    private IpAddress peer(PacketQuery q) {
        if (q.from() == null) {
            throw new FirewallException(ErrorCode.MISSING_ADDR, "an arriving packet needs its source address");
        }
        if (host.isLocal(q.from())) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, q.from() + " is an address of host " + host.name()
                    + "; a packet the host sends takes the output path");
        }
        return q.from();
    }

    private static int port(PacketQuery q, PortRange range, Random random, List<String> notes) {
        if (q.sport() >= 0 || !IpProto.hasPorts(q.protocol()) && !IpProto.isIcmp(q.protocol())) {
            return Math.max(q.sport(), 0);
        }
        int port = range.low() + random.nextInt(range.size());
        if (IpProto.hasPorts(q.protocol())) {
            notes.add("source port " + port + " taken from the ephemeral range " + range.low() + "-" + range.high());
        }
        return port;
    }

    private static Packet packet(PacketQuery q, IpAddress src, int sport) {
        return switch (q.protocol()) {
            case IpProto.TCP -> Packet.tcp(src, sport, q.to(), q.dport(),
                    q.ctState() == CtState.NEW ? TcpFlags.SYN : TcpFlags.ACK);
            case IpProto.UDP -> Packet.udp(src, sport, q.to(), q.dport());
            case IpProto.ICMP, IpProto.ICMPV6 -> {
                int type = q.icmpType() >= 0 ? q.icmpType() : IcmpKinds.echoRequest(src.v6());
                boolean echo = type == IcmpKinds.echoRequest(src.v6()) || type == IcmpKinds.echoReply(src.v6());
                yield Packet.icmp(src, q.to(), type, Math.max(q.icmpCode(), 0), echo ? sport & 0xffff : 0);
            }
            default -> throw new FirewallException(ErrorCode.INVALID_PROTOCOL, "packets are explained for tcp, udp, icmp and icmpv6");
        };
    }
}
