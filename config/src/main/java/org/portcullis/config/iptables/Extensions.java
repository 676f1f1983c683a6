package org.portcullis.config.iptables;

import java.util.Set;

/** Names of the extensions shipped with iptables 1.8.9, to tell "not implemented" from "does not exist". */
final class Extensions {
    private static final Set<String> MATCHES = Set.of("addrtype", "ah", "bpf", "cgroup", "cluster", "comment",
            "connbytes", "connlabel", "connlimit", "connmark", "conntrack", "cpu", "dccp", "devgroup", "dscp",
            "dst", "ecn", "esp", "eui64", "frag", "hashlimit", "hbh", "helper", "hl", "icmp", "icmp6",
            "ipcomp", "iprange", "ipv6header", "ipvs", "length", "limit", "mac", "mark", "mh", "multiport",
            "nfacct", "osf", "owner", "physdev", "pkttype", "policy", "quota", "rateest", "realm", "recent",
            "rpfilter", "rt", "sctp", "set", "socket", "srh", "state", "statistic", "string", "tcp", "tcpmss",
            "time", "tos", "ttl", "u32", "udp");
    private static final Set<String> TARGETS = Set.of("AUDIT", "CHECKSUM", "CLASSIFY", "CLUSTERIP",
            "CONNMARK", "CONNSECMARK", "DNPT", "DSCP", "ECN", "HL", "HMARK", "IDLETIMER", "LED", "NETMAP",
            "NFLOG", "NFQUEUE", "QUEUE", "RATEEST", "SECMARK", "SET", "SNPT", "SYNPROXY", "TCPMSS",
            "TCPOPTSTRIP", "TEE", "TOS", "TPROXY", "TRACE", "TTL", "ULOG");

    private Extensions() {
    }

    static boolean isMatch(String name) {
        return MATCHES.contains(name);
    }

    static boolean isTarget(String name) {
        return TARGETS.contains(name);
    }
}
