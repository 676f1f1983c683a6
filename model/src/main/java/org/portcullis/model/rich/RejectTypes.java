package org.portcullis.model.rich;

import java.util.List;

/** The ICMP answers a rich rule's {@code reject type=} may name, per family. */
public final class RejectTypes {
    public static final List<String> IPV4 = List.of("icmp-host-prohibited", "host-prohib",
            "icmp-net-unreachable", "net-unreach", "icmp-host-unreachable", "host-unreach",
            "icmp-port-unreachable", "port-unreach", "icmp-proto-unreachable", "proto-unreach",
            "icmp-net-prohibited", "net-prohib", "tcp-reset", "tcp-rst", "icmp-admin-prohibited", "admin-prohib");
    public static final List<String> IPV6 = List.of("icmp6-adm-prohibited", "adm-prohibited",
            "icmp6-no-route", "no-route", "icmp6-addr-unreachable", "addr-unreach", "icmp6-port-unreachable",
            "port-unreach", "tcp-reset");

    private RejectTypes() {
    }

    public static List<String> of(Family f) {
        return switch (f) {
            case IPV4 -> IPV4;
            case IPV6 -> IPV6;
        };
    }
}
