package org.portcullis.engine.conntrack;

import static org.portcullis.engine.TcpFlags.ACK;
import static org.portcullis.engine.TcpFlags.FIN;
import static org.portcullis.engine.TcpFlags.RST;
import static org.portcullis.engine.TcpFlags.SYN;

/** TCP state transitions for a packet of an existing entry; null means the packet is invalid. */
final class TcpTracker {
    private TcpTracker() {
    }

    /** The state a new entry starts in for a packet without an entry, or null if it cannot start one. */
    static TcpState start(int flags) {
        int f = flags & (SYN | ACK | FIN | RST);
        if (f == SYN) {
            return TcpState.SYN_SENT;
        }
        if (f == ACK) {
            return TcpState.ESTABLISHED;
        }
        return null;
    }

    static TcpState next(CtEntry e, CtDirection dir, int flags) {
        TcpState s = e.tcp();
        boolean syn = (flags & SYN) != 0;
        boolean ack = (flags & ACK) != 0;
        if ((flags & RST) != 0) {
            return TcpState.CLOSE;
        }
        if (syn && ack) {
            return dir == CtDirection.REPLY && (s == TcpState.SYN_SENT || s == TcpState.SYN_RECV) ? TcpState.SYN_RECV
                    : s == TcpState.ESTABLISHED ? s : null;
        }
        if (syn) {
            return dir == CtDirection.ORIGINAL && s == TcpState.SYN_SENT ? s
                    : s == TcpState.SYN_RECV || s == TcpState.ESTABLISHED ? s : null;
        }
        if ((flags & FIN) != 0) {
            if (s == TcpState.SYN_SENT) {
                return null;
            }
            e.seeFin(dir);
            CtDirection other = dir == CtDirection.ORIGINAL ? CtDirection.REPLY : CtDirection.ORIGINAL;
            return e.fin(other) ? TcpState.LAST_ACK : TcpState.FIN_WAIT;
        }
        if (ack) {
            return switch (s) {
                case SYN_SENT -> null;
                case SYN_RECV -> dir == CtDirection.ORIGINAL ? TcpState.ESTABLISHED : s;
                case FIN_WAIT -> TcpState.CLOSE_WAIT;
                case LAST_ACK -> TcpState.TIME_WAIT;
                case ESTABLISHED, CLOSE_WAIT, TIME_WAIT, CLOSE -> s;
            };
        }
        return null;
    }
}
