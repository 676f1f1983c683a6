package org.portcullis.compile.zone;

import java.util.Map;

import org.portcullis.nft.Stmt;

/** A rich rule's {@code reject type="..."} as nft's reject statement. */
final class RejectStmts {
    private static final Map<String, Stmt.Reject> TYPES = Map.ofEntries(
            Map.entry("icmp-host-prohibited", icmp("host-prohibited")),
            Map.entry("host-prohib", icmp("host-prohibited")),
            Map.entry("icmp-net-prohibited", icmp("net-prohibited")),
            Map.entry("net-prohib", icmp("net-prohibited")),
            Map.entry("icmp-admin-prohibited", icmp("admin-prohibited")),
            Map.entry("admin-prohib", icmp("admin-prohibited")),
            Map.entry("icmp6-adm-prohibited", icmpv6("admin-prohibited")),
            Map.entry("adm-prohibited", icmpv6("admin-prohibited")),
            Map.entry("icmp-net-unreachable", icmp("net-unreachable")),
            Map.entry("net-unreach", icmp("net-unreachable")),
            Map.entry("icmp-host-unreachable", icmp("host-unreachable")),
            Map.entry("host-unreach", icmp("host-unreachable")),
            Map.entry("icmp-port-unreachable", icmp("port-unreachable")),
            Map.entry("icmp6-port-unreachable", icmpv6("port-unreachable")),
            Map.entry("port-unreach", new Stmt.Reject("icmpx", "port-unreachable")),
            Map.entry("icmp-proto-unreachable", icmp("prot-unreachable")),
            Map.entry("proto-unreach", icmp("prot-unreachable")),
            Map.entry("icmp6-addr-unreachable", icmpv6("addr-unreachable")),
            Map.entry("addr-unreach", icmpv6("addr-unreachable")),
            Map.entry("icmp6-no-route", icmpv6("no-route")),
            Map.entry("no-route", icmpv6("no-route")),
            Map.entry("tcp-reset", new Stmt.Reject("tcp reset", null)),
            Map.entry("tcp-rst", new Stmt.Reject("tcp reset", null)));

    private RejectStmts() {
    }

    static Stmt of(String type) {
        Stmt.Reject r = TYPES.get(type);
        if (r == null) {
            throw new IllegalArgumentException("unknown reject type " + type);
        }
        return r;
    }

    private static Stmt.Reject icmp(String code) {
        return new Stmt.Reject("icmp", code);
    }

    private static Stmt.Reject icmpv6(String code) {
        return new Stmt.Reject("icmpv6", code);
    }
}
