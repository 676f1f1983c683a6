package org.portcullis.daemon.zone;

import java.util.List;

/** The ICMP type names firewalld 1.3 knows, for {@code --get-icmptypes} and checking ICMP blocks. */
public final class IcmpTypes {
    public static final List<String> NAMES = List.of("address-unreachable", "bad-header", "beyond-scope",
            "communication-prohibited", "destination-unreachable", "echo-reply", "echo-request", "failed-policy",
            "fragmentation-needed", "host-precedence-violation", "host-prohibited", "host-redirect",
            "host-unknown", "host-unreachable", "ip-header-bad", "neighbour-advertisement",
            "neighbour-solicitation", "network-prohibited", "network-redirect", "network-unknown",
            "network-unreachable", "no-route", "packet-too-big", "parameter-problem", "port-unreachable",
            "precedence-cutoff", "protocol-unreachable", "redirect", "reject-route", "required-option-missing",
            "router-advertisement", "router-solicitation", "source-quench", "source-route-failed",
            "time-exceeded", "timestamp-reply", "timestamp-request", "tos-host-redirect", "tos-host-unreachable",
            "tos-network-redirect", "tos-network-unreachable", "ttl-zero-during-reassembly",
            "ttl-zero-during-transit", "unknown-header-type", "unknown-option");

    private IcmpTypes() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }
}
