package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/**
 * firewalld's ICMP type names as nft matches for each family: {@code icmp type echo-request}, or a type and
 * a code ({@code host-prohibited} is destination-unreachable code 10). A name missing for a family does not
 * exist there (timestamp-request has no ICMPv6 form). Codes nft has a name for are written by that name,
 * as nft lists them.
 */
final class IcmpTypeMatch {
    private record Icmp(String type, int code) {
    }

    private static final Map<String, Icmp> V4 = new TreeMap<>();
    private static final Map<String, Icmp> V6 = new TreeMap<>();
    private static final Map<Integer, String> V4_CODES = Map.of(0, "net-unreachable", 1, "host-unreachable",
            2, "prot-unreachable", 3, "port-unreachable", 4, "frag-needed", 9, "net-prohibited",
            10, "host-prohibited", 13, "admin-prohibited");
    private static final Map<Integer, String> V6_CODES = Map.of(0, "no-route", 1, "admin-prohibited",
            3, "addr-unreachable", 4, "port-unreachable", 5, "policy-fail", 6, "reject-route");

    static {
        v4("communication-prohibited", "destination-unreachable", 13);
        v4("destination-unreachable", "destination-unreachable", -1);
        v4("echo-reply", "echo-reply", -1);
        v4("echo-request", "echo-request", -1);
        v4("fragmentation-needed", "destination-unreachable", 4);
        v4("host-precedence-violation", "destination-unreachable", 14);
        v4("host-prohibited", "destination-unreachable", 10);
        v4("host-redirect", "redirect", 1);
        v4("host-unknown", "destination-unreachable", 7);
        v4("host-unreachable", "destination-unreachable", 1);
        v4("ip-header-bad", "parameter-problem", 1);
        v4("network-prohibited", "destination-unreachable", 8);
        v4("network-redirect", "redirect", 0);
        v4("network-unknown", "destination-unreachable", 6);
        v4("network-unreachable", "destination-unreachable", 0);
        v4("parameter-problem", "parameter-problem", -1);
        v4("port-unreachable", "destination-unreachable", 3);
        v4("precedence-cutoff", "destination-unreachable", 15);
        v4("protocol-unreachable", "destination-unreachable", 2);
        v4("redirect", "redirect", -1);
        v4("required-option-missing", "parameter-problem", 1);
        v4("router-advertisement", "router-advertisement", -1);
        v4("router-solicitation", "router-solicitation", -1);
        v4("source-quench", "source-quench", -1);
        v4("source-route-failed", "destination-unreachable", 5);
        v4("time-exceeded", "time-exceeded", -1);
        v4("timestamp-reply", "timestamp-reply", -1);
        v4("timestamp-request", "timestamp-request", -1);
        v4("tos-host-redirect", "redirect", 3);
        v4("tos-host-unreachable", "destination-unreachable", 12);
        v4("tos-network-redirect", "redirect", 2);
        v4("tos-network-unreachable", "destination-unreachable", 11);
        v4("ttl-zero-during-reassembly", "time-exceeded", 1);
        v4("ttl-zero-during-transit", "time-exceeded", 0);

        v6("address-unreachable", "destination-unreachable", 3);
        v6("bad-header", "parameter-problem", 0);
        v6("beyond-scope", "destination-unreachable", 2);
        v6("communication-prohibited", "destination-unreachable", 1);
        v6("destination-unreachable", "destination-unreachable", -1);
        v6("echo-reply", "echo-reply", -1);
        v6("echo-request", "echo-request", -1);
        v6("failed-policy", "destination-unreachable", 5);
        v6("neighbour-advertisement", "nd-neighbor-advert", -1);
        v6("neighbour-solicitation", "nd-neighbor-solicit", -1);
        v6("no-route", "destination-unreachable", 0);
        v6("packet-too-big", "packet-too-big", -1);
        v6("parameter-problem", "parameter-problem", -1);
        v6("port-unreachable", "destination-unreachable", 4);
        v6("redirect", "nd-redirect", -1);
        v6("reject-route", "destination-unreachable", 6);
        v6("router-advertisement", "nd-router-advert", -1);
        v6("router-solicitation", "nd-router-solicit", -1);
        v6("time-exceeded", "time-exceeded", -1);
        v6("ttl-zero-during-reassembly", "time-exceeded", 1);
        v6("ttl-zero-during-transit", "time-exceeded", 0);
        v6("unknown-header-type", "parameter-problem", 1);
        v6("unknown-option", "parameter-problem", 2);
    }

    private IcmpTypeMatch() {
    }

    private static void v4(String name, String type, int code) {
        V4.put(name, new Icmp(type, code));
    }

    private static void v6(String name, String type, int code) {
        V6.put(name, new Icmp(type, code));
    }

    /** The families the type exists in, IPv4 first, as firewalld's icmptype destinations say. */
    static List<String> families(String name) {
        List<String> out = new ArrayList<>();
        if (V4.containsKey(name)) {
            out.add(ListingForm.V4);
        }
        if (V6.containsKey(name)) {
            out.add(ListingForm.V6);
        }
        return out;
    }

    /** The matches for the type in one family, or empty when it does not exist there. */
    static Optional<List<Stmt>> matches(String family, String name) {
        boolean v6 = family.equals(ListingForm.V6);
        Icmp icmp = (v6 ? V6 : V4).get(name);
        if (icmp == null) {
            return Optional.empty();
        }
        String protocol = v6 ? "icmpv6" : "icmp";
        List<Stmt> out = new ArrayList<>();
        out.add(Matches.eq(new Expr.Payload(protocol, "type"), new Expr.Str(icmp.type())));
        if (icmp.code() >= 0) {
            String named = (v6 ? V6_CODES : V4_CODES).get(icmp.code());
            out.add(Matches.eq(new Expr.Payload(protocol, "code"),
                    named != null ? new Expr.Str(named) : new Expr.Num(icmp.code())));
        }
        return Optional.of(out);
    }
}
