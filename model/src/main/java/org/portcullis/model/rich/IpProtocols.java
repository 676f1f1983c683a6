package org.portcullis.model.rich;

import java.util.Set;

/**
 * IP protocol names from the IANA protocol numbers registry (as in {@code /etc/protocols}), used to check
 * {@code protocol value=}; numbers 0..255 are accepted as they are.
 */
public final class IpProtocols {
    private static final Set<String> NAMES = Set.of(
            "ip", "hopopt", "icmp", "igmp", "ggp", "ipencap", "st", "tcp", "egp", "igp", "pup", "udp", "hmp",
            "xns-idp", "rdp", "iso-tp4", "dccp", "xtp", "ddp", "idpr-cmtp", "ipv6", "ipv6-route", "ipv6-frag",
            "idrp", "rsvp", "gre", "esp", "ah", "skip", "ipv6-icmp", "ipv6-nonxt", "ipv6-opts", "rspf", "vmtp",
            "eigrp", "ospf", "ax.25", "ipip", "etherip", "encap", "pim", "ipcomp", "vrrp", "l2tp", "isis",
            "sctp", "fc", "mobility-header", "udplite", "mpls-in-ip", "manet", "hip", "shim6", "wesp", "rohc",
            "ethernet", "mptcp");

    private IpProtocols() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value.length() <= 3 && Integer.parseInt(value) <= 255;
        }
        return NAMES.contains(value);
    }
}
