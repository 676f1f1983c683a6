package org.portcullis.engine.conntrack;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.engine.FlowKey;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;

/**
 * The connection tracking table. {@link #track} classifies a packet and may create an unconfirmed entry;
 * {@link #confirm} inserts it once the packet has left INPUT or POSTROUTING. Timeouts follow the clock.
 */
public final class ConnTrack {
    static final Duration UDP_UNREPLIED = Duration.ofSeconds(30);
    static final Duration UDP_REPLIED = Duration.ofSeconds(120);
    static final Duration ICMP = Duration.ofSeconds(30);
    static final Duration GENERIC = Duration.ofSeconds(600);

    private final InstantSource clock;
    private final Map<FlowKey, CtEntry> byTuple = new HashMap<>();
    /** No entry in the table expires before this instant, so lookups until then need not look for expired ones. */
    private Instant nextExpiry = Instant.MAX;

    public ConnTrack(InstantSource clock) {
        this.clock = clock;
    }

    public CtResult track(Packet p) {
        expire();
        if (IpProto.isIcmp(p.protocol())) {
            if (IcmpKinds.isUntracked(p)) {
                return CtResult.untracked("icmpv6 neighbour discovery is not tracked");
            }
            if (IcmpKinds.isError(p)) {
                return related(p);
            }
        }
        FlowKey key = FlowKey.of(p);
        CtEntry e = byTuple.get(key);
        if (e != null) {
            CtDirection dir = e.original().equals(key) ? CtDirection.ORIGINAL : CtDirection.REPLY;
            if (reopens(e, dir, p)) {
                remove(e);
            } else {
                return existing(e, dir, p);
            }
        }
        return create(key, p);
    }

    private static boolean reopens(CtEntry e, CtDirection dir, Packet p) {
        return p.protocol() == IpProto.TCP && dir == CtDirection.ORIGINAL
                && (e.tcp() == TcpState.TIME_WAIT || e.tcp() == TcpState.CLOSE)
                && TcpTracker.start(p.tcpFlags()) == TcpState.SYN_SENT;
    }

    /** An ICMP error belongs to the flow whose tuple is the reverse of the packet it quotes. */
    private CtResult related(Packet p) {
        Packet inner = p.quoted();
        if (inner == null) {
            return CtResult.invalid("icmp error without a quoted packet");
        }
        FlowKey expected = FlowKey.of(inner).reverse();
        CtEntry e = byTuple.get(expected);
        if (e == null) {
            return CtResult.invalid("icmp error about an untracked flow");
        }
        CtDirection dir = e.reply().equals(expected) ? CtDirection.REPLY : CtDirection.ORIGINAL;
        return new CtResult(CtState.RELATED, dir, e, false, "icmp error about " + e.original());
    }

    private CtResult existing(CtEntry e, CtDirection dir, Packet p) {
        Duration timeout;
        if (p.protocol() == IpProto.TCP) {
            TcpState next = TcpTracker.next(e, dir, p.tcpFlags());
            if (next == null) {
                return CtResult.invalid("tcp packet does not fit state " + e.tcp());
            }
            e.tcp(next);
            timeout = next.timeout();
        } else if (IpProto.isIcmp(p.protocol())) {
            int request = e.icmpRequest();
            boolean fits = dir == CtDirection.ORIGINAL ? p.icmpType() == request
                    : p.icmpType() == IcmpKinds.replyTo(request, p.v6());
            if (!fits) {
                return CtResult.invalid("icmp type " + p.icmpType() + " does not fit the flow of icmp type " + request);
            }
            timeout = ICMP;
        } else {
            timeout = p.protocol() == IpProto.UDP ? (e.seenReply() || dir == CtDirection.REPLY ? UDP_REPLIED : UDP_UNREPLIED)
                    : GENERIC;
        }
        if (dir == CtDirection.REPLY) {
            e.seeReply();
        }
        e.expires(clock.instant().plus(timeout));
        noteExpiry(e);
        CtState state = dir == CtDirection.ORIGINAL && !e.seenReply() ? CtState.NEW : CtState.ESTABLISHED;
        return new CtResult(state, dir, e, false, null);
    }

    private CtResult create(FlowKey key, Packet p) {
        TcpState tcp = null;
        Duration timeout = GENERIC;
        switch (p.protocol()) {
            case IpProto.TCP -> {
                tcp = TcpTracker.start(p.tcpFlags());
                if (tcp == null) {
                    return CtResult.invalid("tcp packet without a flow is neither SYN nor plain ACK");
                }
                timeout = tcp.timeout();
            }
            case IpProto.ICMP, IpProto.ICMPV6 -> {
                if (IcmpKinds.replyTo(p.icmpType(), p.v6()) < 0) {
                    return CtResult.invalid("icmp type " + p.icmpType() + " cannot start a flow");
                }
                timeout = ICMP;
            }
            case IpProto.UDP -> timeout = UDP_UNREPLIED;
            default -> {
            }
        }
        CtEntry e = new CtEntry(key, tcp, clock.instant().plus(timeout));
        if (IpProto.isIcmp(p.protocol())) {
            e.icmpRequest(p.icmpType());
        }
        return new CtResult(CtState.NEW, CtDirection.ORIGINAL, e, true, null);
    }

    /**
     * Inserts the entry a packet created, now that the packet has left the host's last hook. Only a packet
     * of the original direction confirms: a reject's answer, which carries the entry as related, does not.
     */
    public boolean confirm(CtResult r) {
        if (r == null || r.entry() == null || r.entry().confirmed() || r.direction() != CtDirection.ORIGINAL) {
            return false;
        }
        CtEntry e = r.entry();
        e.confirm();
        byTuple.put(e.original(), e);
        byTuple.put(e.reply(), e);
        noteExpiry(e);
        return true;
    }

    public List<CtEntry> entries() {
        expire();
        return byTuple.values().stream().distinct().toList();
    }

    private void expire() {
        Instant now = clock.instant();
        if (now.isBefore(nextExpiry)) {
            return;
        }
        nextExpiry = Instant.MAX;
        for (CtEntry e : new ArrayList<>(byTuple.values())) {
            if (!e.expires().isAfter(now)) {
                remove(e);
            } else {
                noteExpiry(e);
            }
        }
    }

    private void noteExpiry(CtEntry e) {
        if (e.expires().isBefore(nextExpiry)) {
            nextExpiry = e.expires();
        }
    }

    private void remove(CtEntry e) {
        byTuple.remove(e.original(), e);
        byTuple.remove(e.reply(), e);
    }
}
