package org.portcullis.engine.eval;

import org.portcullis.engine.trace.RejectKind;
import org.portcullis.nft.Stmt;

/** The answer a reject statement sends; null when its type or code is not modelled. */
final class Rejects {
    private Rejects() {
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
