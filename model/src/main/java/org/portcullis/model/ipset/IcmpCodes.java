package org.portcullis.model.ipset;

import java.util.Map;
import java.util.Set;

/** The ICMP and ICMPv6 type names and {@code TYPE/CODE} pairs firewalld accepts in ipset port entries. */
final class IcmpCodes {
    static final Map<String, String> ICMP = Map.ofEntries(
            Map.entry("echo-reply", "0/0"), Map.entry("pong", "0/0"),
            Map.entry("network-unreachable", "3/0"), Map.entry("host-unreachable", "3/1"),
            Map.entry("protocol-unreachable", "3/2"), Map.entry("port-unreachable", "3/3"),
            Map.entry("fragmentation-needed", "3/4"), Map.entry("source-route-failed", "3/5"),
            Map.entry("network-unknown", "3/6"), Map.entry("host-unknown", "3/7"),
            Map.entry("network-prohibited", "3/9"), Map.entry("host-prohibited", "3/10"),
            Map.entry("TOS-network-unreachable", "3/11"), Map.entry("TOS-host-unreachable", "3/12"),
            Map.entry("communication-prohibited", "3/13"), Map.entry("host-precedence-violation", "3/14"),
            Map.entry("precedence-cutoff", "3/15"), Map.entry("source-quench", "4/0"),
            Map.entry("network-redirect", "5/0"), Map.entry("host-redirect", "5/1"),
            Map.entry("TOS-network-redirect", "5/2"), Map.entry("TOS-host-redirect", "5/3"),
            Map.entry("echo-request", "8/0"), Map.entry("ping", "8/0"),
            Map.entry("router-advertisement", "9/0"), Map.entry("router-solicitation", "10/0"),
            Map.entry("ttl-zero-during-transit", "11/0"), Map.entry("ttl-zero-during-reassembly", "11/1"),
            Map.entry("ip-header-bad", "12/0"), Map.entry("required-option-missing", "12/1"),
            Map.entry("timestamp-request", "13/0"), Map.entry("timestamp-reply", "14/0"),
            Map.entry("address-mask-request", "17/0"), Map.entry("address-mask-reply", "18/0"));

    static final Set<String> ICMPV6_CODES = Set.of("1/0", "1/1", "1/3", "1/4", "2/0", "3/0", "3/1", "4/0", "4/1",
            "4/2", "128/0", "129/0", "133/0", "134/0", "135/0", "136/0", "137/0");

    private IcmpCodes() {
    }

    static boolean icmp(String nameOrCode) {
        return ICMP.containsKey(nameOrCode) || ICMP.containsValue(nameOrCode);
    }

    /**
     * ICMPv6 types by {@code TYPE/CODE}, or by name, where firewalld 1.3 looks the name up among the ICMP
     * (IPv4) names: {@code icmpv6:echo-request} passes, {@code icmpv6:neighbour-solicitation} does not.
     */
    static boolean icmpv6(String nameOrCode) {
        return ICMP.containsKey(nameOrCode) || ICMPV6_CODES.contains(nameOrCode);
    }
}
