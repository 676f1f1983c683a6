package org.portcullis.engine.conntrack;

import java.time.Instant;

import org.portcullis.engine.FlowKey;

/** One tracked flow. Mutable: connection tracking updates it as packets pass. */
public final class CtEntry {
    private final FlowKey original;
    private FlowKey reply;
    private TcpState tcp;
    private boolean seenReply;
    private boolean confirmed;
    private boolean finOriginal;
    private boolean finReply;
    private Instant expires;
    private long mark;

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

    void reply(FlowKey tuple) {
        reply = tuple;
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
