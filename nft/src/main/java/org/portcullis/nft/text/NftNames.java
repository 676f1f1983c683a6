package org.portcullis.nft.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which table, chain and set names the nft 1.0.6 text syntax can carry. Names are never quoted there: a
 * quoted name is a syntax error, and so is a bare name that the scanner reads as a keyword (e.g. {@code fwd}).
 */
public final class NftNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_.][A-Za-z0-9_./-]*");

    /** Words nft 1.0.6 refuses as a chain name, found by trying each of its tokens. */
    private static final Set<String> RESERVED = Set.of(
            "accept", "add", "ah", "all", "arp", "auto-merge", "bridge", "cgroup", "chain", "comment", "comp",
            "constant", "continue", "counter", "cpu", "create", "ct", "day", "dccp", "define", "delete", "describe",
            "device", "devices", "dnat", "drop", "dst", "dup", "dynamic", "ecn", "element", "elements", "esp", "ether",
            "exists", "expires", "export", "exthdr", "fib", "flags", "flow", "flowtable", "flush", "frag", "fwd",
            "gc-interval", "get", "goto", "handle", "hbh", "hook", "hour", "ibriport", "ibrname", "icmp", "icmpv6",
            "igmp", "iif", "iifgroup", "iifname", "iiftype", "import", "include", "index", "inet", "insert", "interval",
            "ip", "ip6", "ipsec", "jhash", "jump", "limit", "list", "log", "map", "mark", "masquerade", "meta", "meter",
            "mh", "missing", "monitor", "netdev", "nftrace", "notrack", "numgen", "obriport", "obrname", "offload",
            "oif", "oifgroup", "oifname", "oiftype", "osf", "pkttype", "policy", "position", "priority", "queue",
            "quota", "random", "redefine", "redirect", "reject", "rename", "replace", "reset", "return", "rt", "rt0",
            "rt2", "rtclassid", "rule", "ruleset", "sctp", "secmark", "set", "size", "skgid", "skuid", "snat", "socket",
            "srh", "symhash", "synproxy", "table", "tcp", "th", "time", "timeout", "tproxy", "type", "typeof", "udp",
            "udplite", "undefine", "update", "vlan", "vmap", "xt");

    private NftNames() {
    }

    public static boolean isWritable(String name) {
        return name != null && IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name);
    }

    static String checked(String what, String name) {
        if (!isWritable(name)) {
            throw new TextSyntaxException(what + " name '" + name + "' cannot be written in nft text syntax");
        }
        return name;
    }
}
