package org.portcullis.engine.conntrack;

import org.portcullis.engine.FlowKey;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;

/**
 * Rewrites a packet of a translated flow at a nat hook, as the kernel's nat core does there for every
 * packet of the flow: at a hook of kind {@link Manip#DST} the original direction gets its destination
 * translated and replies get their destination translated back (undoing a source translation); at
 * {@link Manip#SRC} the reverse. An ICMP error about the flow has its outer addresses translated the same
 * way and the packet it quotes translated back, so each end sees the error about the packet it sent.
 */
public final class Translation {
    private static final long NAT_MASK = CtEntry.SRC_NAT | CtEntry.DST_NAT;

    private Translation() {
    }

    /** The packet after the hook's translation; {@code p} itself when the flow has none to make here. */
    public static Packet apply(CtResult ct, Manip m, Packet p) {
        CtEntry e = ct == null ? null : ct.entry();
        if (e == null || ct.direction() == null) {
            return p;
        }
        boolean reply = ct.direction() == CtDirection.REPLY;
        long bit = reply ? m.statusBit() ^ NAT_MASK : m.statusBit();
        if ((e.natStatus() & bit) == 0) {
            return p;
        }
        FlowKey other = reply ? e.original() : e.reply();
        FlowKey target = other.reverse();
        if (ct.state() == CtState.RELATED && p.quoted() != null && IcmpKinds.isError(p)) {
            Packet inner = rewrite(p.quoted(), other, m.opposite(), true);
            return rewrite(p.withQuoted(inner), target, m, false);
        }
        return rewrite(p, target, m, IpProto.hasPorts(p.protocol()) || IpProto.isIcmp(p.protocol()));
    }

    private static Packet rewrite(Packet p, FlowKey t, Manip m, boolean ports) {
        if (m == Manip.SRC) {
            Packet q = p.withAddresses(t.src(), p.dst());
            return ports ? q.withPorts(t.sport(), q.dport()) : q;
        }
        Packet q = p.withAddresses(p.src(), t.dst());
        return ports ? q.withPorts(q.sport(), t.dport()) : q;
    }
}
