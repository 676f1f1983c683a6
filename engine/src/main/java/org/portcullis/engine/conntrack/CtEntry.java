package org.portcullis.engine.conntrack;

import java.time.Instant;

import org.portcullis.engine.FlowKey;
import org.portcullis.model.net.IpAddress;

/**
 * One tracked flow. Mutable: connection tracking updates it as packets pass. A nat binding changes the
 * reply tuple as the kernel's does when it sets the translation up: replies then carry the translated
 * addresses.
 */
public final class CtEntry {
    /** {@code ct status snat}. */
    public static final long SRC_NAT = 16;
    /** {@code ct status dnat}. */
    public static final long DST_NAT = 32;

    private final FlowKey original;
    private FlowKey reply;
    private TcpState tcp;
    private boolean seenReply;
    private boolean confirmed;
    private boolean finOriginal;
    private boolean finReply;
    private Instant expires;
    private long mark;
    private long natStatus;
    private boolean srcNatDone;
    private boolean dstNatDone;
    private String helper;
    private int icmpRequest = -1;

    CtEntry(FlowKey original, TcpState tcp, Instant expires) {
        this.original = original;
        this.reply = original.reverse();
        this.tcp = tcp;
        this.expires = expires;
    }

    public FlowKey original() {
        return original;
    }

    /** The tuple replies carry: the reverse of the original, unless nat translated the flow. */
    public FlowKey reply() {
        return reply;
    }

    public boolean translated() {
        return !reply.equals(original.reverse());
    }

    /** The {@code ct status} bits of the flow's translations: {@link #SRC_NAT}, {@link #DST_NAT}. */
    public long natStatus() {
        return natStatus;
    }

    /** True once a nat hook of this kind has set the flow's translation up (perhaps to none). */
    public boolean natInitialized(Manip m) {
        return m == Manip.SRC ? srcNatDone : dstNatDone;
    }

    /**
     * Sets up the translation of kind {@code m}: the flow's source (or destination) becomes {@code addr}
     * unless it is null and, when {@code port} is not negative, {@code port}. True when that changes the flow.
     */
    public boolean bind(Manip m, IpAddress addr, int port) {
        FlowKey now = reply.reverse();
        FlowKey next = m == Manip.SRC
                ? new FlowKey(now.protocol(), addr == null ? now.src() : addr, port < 0 ? now.sport() : port, now.dst(), now.dport())
                : new FlowKey(now.protocol(), now.src(), now.sport(), addr == null ? now.dst() : addr, port < 0 ? now.dport() : port);
        boolean changed = !next.equals(now);
        if (changed) {
            reply = next.reverse();
            natStatus |= m.statusBit();
        }
        initialized(m);
        return changed;
    }

    /** No nat chain translated the flow at a hook of kind {@code m}: it keeps its addresses there. */
    public void nullBind(Manip m) {
        initialized(m);
    }

    private void initialized(Manip m) {
        if (m == Manip.SRC) {
            srcNatDone = true;
        } else {
            dstNatDone = true;
        }
    }

    /** The ICMP request type that opened the flow, -1 for other protocols. */
    int icmpRequest() {
        return icmpRequest;
    }

    void icmpRequest(int type) {
        icmpRequest = type;
    }

    /** The conntrack helper assigned to the flow, or null. */
    public String helper() {
        return helper;
    }

    public void helper(String name) {
        helper = name;
    }

    /** The TCP state, null for other protocols. */
    public TcpState tcp() {
        return tcp;
    }

    public boolean seenReply() {
        return seenReply;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public Instant expires() {
        return expires;
    }

    public long mark() {
        return mark;
    }

    public void mark(long value) {
        mark = value;
    }

    void tcp(TcpState state) {
        tcp = state;
    }

    void seeReply() {
        seenReply = true;
    }

    void confirm() {
        confirmed = true;
    }

    void expires(Instant at) {
        expires = at;
    }

    boolean fin(CtDirection dir) {
        return dir == CtDirection.ORIGINAL ? finOriginal : finReply;
    }

    void seeFin(CtDirection dir) {
        if (dir == CtDirection.ORIGINAL) {
            finOriginal = true;
        } else {
            finReply = true;
        }
    }

    @Override
    public String toString() {
        return original + (tcp == null ? "" : " " + tcp) + (seenReply ? "" : " [UNREPLIED]")
                + (confirmed ? "" : " [UNCONFIRMED]");
    }
}
