package org.portcullis.engine.eval;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.trace.RejectKind;
import org.portcullis.nft.Family;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** The answer a reject statement sends; null when its type or code is not modelled. */
final class Rejects {
    private Rejects() {
    }

    /**
     * False for a packet the statement's guard excludes: a rule given to nft without one gets
     * {@code meta l4proto tcp} put first for {@code reject with tcp reset}, and in inet tables
     * {@code meta nfproto ipv4} (or {@code ipv6}) for {@code reject with icmp} ({@code icmpv6}); a ruleset
     * read back from the kernel lists the guard.
     */
    static boolean fits(Stmt.Reject r, Table table, Packet p) {
        if ("tcp reset".equals(r.type())) {
            return p.protocol() == IpProto.TCP;
        }
        if (table.family() != Family.INET) {
            return true;
        }
        return switch (r.type() == null ? "" : r.type()) {
            case "icmp" -> !p.v6();
            case "icmpv6" -> p.v6();
            default -> true;
        };
    }

    static RejectKind kind(Stmt.Reject r) {
        if (r.type() == null) {
            return RejectKind.PORT_UNREACHABLE;
        }
        if (r.type().equals("tcp reset")) {
            return RejectKind.TCP_RESET;
        }
        if (r.code() == null) {
            return RejectKind.PORT_UNREACHABLE;
        }
        return switch (r.code()) {
            case "port-unreachable" -> RejectKind.PORT_UNREACHABLE;
            case "host-unreachable" -> RejectKind.HOST_UNREACHABLE;
            case "net-unreachable" -> RejectKind.NET_UNREACHABLE;
            case "prot-unreachable" -> RejectKind.PROT_UNREACHABLE;
            case "host-prohibited" -> RejectKind.HOST_PROHIBITED;
            case "net-prohibited" -> RejectKind.NET_PROHIBITED;
            case "admin-prohibited" -> RejectKind.ADMIN_PROHIBITED;
            case "no-route" -> RejectKind.NO_ROUTE;
            case "addr-unreachable" -> RejectKind.ADDR_UNREACHABLE;
            default -> null;
        };
    }
}
