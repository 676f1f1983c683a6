package org.portcullis.engine.play;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.conntrack.IcmpKinds;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.RouteChoice;
import org.portcullis.engine.trace.RejectKind;
import org.portcullis.model.net.IpAddress;

/** Builds the RST or ICMP error a reject sends back to the rejected packet's source. */
final class RejectAnswer {
    private RejectAnswer() {
    }

    /**
     * The answer, or null when none is sent: a tcp reset for a packet that is not TCP or is itself an RST,
     * no ICMP error about an ICMP error, and none about an IPv4 echo reply the host's own stack built (the
     * kernel was seen to answer a rejected echo request a program sent, but not a rejected echo reply).
     */
    static Packet of(Packet rejected, RejectKind kind, Host host) {
        Packet orig = rejected.withIif(null).withOif(null);
        if (kind == RejectKind.TCP_RESET) {
            if (orig.protocol() != IpProto.TCP || TcpFlags.has(orig.tcpFlags(), TcpFlags.RST)) {
                return null;
            }
            int flags = TcpFlags.has(orig.tcpFlags(), TcpFlags.ACK) ? TcpFlags.RST : TcpFlags.RST | TcpFlags.ACK;
            return Packet.tcp(orig.dst(), orig.dport(), orig.src(), orig.sport(), flags);
        }
        if (IcmpKinds.isError(orig) || isLocalEchoReply(orig, host)) {
            return null;
        }
        IpAddress from = host.isLocal(orig.dst()) ? orig.dst()
                : host.route(orig.src()).map(RouteChoice::source).orElse(orig.dst());
        int code = orig.v6() ? kind.icmpv6Code() : kind.icmpCode();
        return Packet.icmpError(from, orig, IcmpKinds.unreachable(orig.v6()), code);
    }

    private static boolean isLocalEchoReply(Packet p, Host host) {
        return !p.v6() && p.protocol() == IpProto.ICMP && p.icmpType() == ECHO_REPLY && host.isLocal(p.src());
    }

    private static final int ECHO_REPLY = 0;

    /** The kernel attaches the rejected packet's conntrack entry to the answer as related. */
    static CtResult attached(CtResult rejected) {
        if (rejected == null || rejected.entry() == null) {
            return null;
        }
        CtDirection dir = rejected.direction() == CtDirection.ORIGINAL ? CtDirection.REPLY : CtDirection.ORIGINAL;
        return new CtResult(CtState.RELATED, dir, rejected.entry(), false, "answer to a rejected packet");
    }

    static String label(Packet answer, RejectKind kind) {
        return answer.protocol() == IpProto.TCP ? TcpFlags.describe(answer.tcpFlags()) : "ICMP " + kind.nftName();
    }
}
