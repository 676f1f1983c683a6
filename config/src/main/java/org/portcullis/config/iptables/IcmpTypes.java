package org.portcullis.config.iptables;

import java.util.List;
import java.util.Locale;

/** ICMP and ICMPv6 type names as iptables' icmp and icmp6 matches know them (prefixes allowed). */
final class IcmpTypes {
    /** A name for a type, or for one code of a type when {@code code >= 0}. */
    record Name(String name, int type, int code) {
    }

    /** The "any" type of IPv4 (also written 255): type and code are -1. */
    static final int ANY = -1;

    private static final List<Name> V4 = List.of(
            new Name("any", ANY, ANY), new Name("echo-reply", 0, -1), new Name("pong", 0, -1),
            new Name("destination-unreachable", 3, -1), new Name("network-unreachable", 3, 0),
            new Name("host-unreachable", 3, 1), new Name("protocol-unreachable", 3, 2),
            new Name("port-unreachable", 3, 3), new Name("fragmentation-needed", 3, 4),
            new Name("source-route-failed", 3, 5), new Name("network-unknown", 3, 6),
            new Name("host-unknown", 3, 7), new Name("network-prohibited", 3, 9),
            new Name("host-prohibited", 3, 10), new Name("TOS-network-unreachable", 3, 11),
            new Name("TOS-host-unreachable", 3, 12), new Name("communication-prohibited", 3, 13),
            new Name("host-precedence-violation", 3, 14), new Name("precedence-cutoff", 3, 15),
            new Name("source-quench", 4, -1), new Name("redirect", 5, -1), new Name("network-redirect", 5, 0),
            new Name("host-redirect", 5, 1), new Name("TOS-network-redirect", 5, 2),
            new Name("TOS-host-redirect", 5, 3), new Name("echo-request", 8, -1), new Name("ping", 8, -1),
            new Name("router-advertisement", 9, -1), new Name("router-solicitation", 10, -1),
            new Name("time-exceeded", 11, -1), new Name("ttl-exceeded", 11, -1),
            new Name("ttl-zero-during-transit", 11, 0), new Name("ttl-zero-during-reassembly", 11, 1),
            new Name("parameter-problem", 12, -1), new Name("ip-header-bad", 12, 0),
            new Name("required-option-missing", 12, 1), new Name("timestamp-request", 13, -1),
            new Name("timestamp-reply", 14, -1), new Name("address-mask-request", 17, -1),
            new Name("address-mask-reply", 18, -1));

    private static final List<Name> V6 = List.of(
            new Name("destination-unreachable", 1, -1), new Name("no-route", 1, 0),
            new Name("communication-prohibited", 1, 1), new Name("beyond-scope", 1, 2),
            new Name("address-unreachable", 1, 3), new Name("port-unreachable", 1, 4),
            new Name("failed-policy", 1, 5), new Name("reject-route", 1, 6), new Name("packet-too-big", 2, -1),
            new Name("time-exceeded", 3, -1), new Name("ttl-exceeded", 3, -1),
            new Name("ttl-zero-during-transit", 3, 0), new Name("ttl-zero-during-reassembly", 3, 1),
            new Name("parameter-problem", 4, -1), new Name("bad-header", 4, 0),
            new Name("unknown-header-type", 4, 1), new Name("unknown-option", 4, 2),
            new Name("echo-request", 128, -1), new Name("ping", 128, -1), new Name("echo-reply", 129, -1),
            new Name("pong", 129, -1), new Name("mld-listener-query", 130, -1),
            new Name("mld-listener-report", 131, -1), new Name("mld-listener-done", 132, -1),
            new Name("mld-listener-reduction", 132, -1), new Name("router-solicitation", 133, -1),
            new Name("router-advertisement", 134, -1), new Name("neighbour-solicitation", 135, -1),
            new Name("neighbor-solicitation", 135, -1), new Name("neighbour-advertisement", 136, -1),
            new Name("neighbor-advertisement", 136, -1), new Name("redirect", 137, -1));

    private IcmpTypes() {
    }

    /** Parses {@code NAME}, {@code TYPE} or {@code TYPE/CODE}; returns {type, code}. */
    static int[] parse(String text, boolean v6) {
        String label = v6 ? "ICMPv6" : "ICMP";
        List<Name> names = v6 ? V6 : V4;
        Name found = null;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Name n : names) {
            if (!text.isEmpty() && n.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                if (found != null) {
                    throw IptablesError.option("Ambiguous " + label + " type `" + text + "': `" + found.name()
                            + "' or `" + n.name() + "'?");
                }
                found = n;
            }
        }
        if (found != null) {
            return new int[] {found.type(), found.code()};
        }
        int slash = text.indexOf('/');
        String typeText = slash < 0 ? text : text.substring(0, slash);
        long type = Numbers.parse(typeText, 255);
        if (type < 0) {
            throw IptablesError.option("Unknown " + label + " type `" + text + "'");
        }
        if (slash < 0) {
            return type == 255 && !v6 ? new int[] {ANY, ANY} : new int[] {(int) type, -1};
        }
        long code = Numbers.parse(text.substring(slash + 1), 255);
        if (code < 0) {
            throw IptablesError.option("Unknown " + label + " code `" + text + "'");
        }
        return new int[] {(int) type, (int) code};
    }

    /** The canonical text of a parsed type. */
    static String format(int type, int code) {
        if (type == ANY) {
            return "any";
        }
        return code < 0 ? Integer.toString(type) : type + "/" + code;
    }
}
