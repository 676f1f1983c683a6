package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/** Addresses of {@code -s}/{@code -d}, iprange and the NAT targets, checked against the rule's family. */
final class AddressSyntax {
    private AddressSyntax() {
    }

    /** A literal address of the family, or null. */
    static IpAddress literal(String text, Ipv ipv) {
        try {
            IpAddress a = IpAddress.parse(text);
            return a.v6() == (ipv == Ipv.IPV6) ? a : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The comma list after {@code -s} or {@code -d}. */
    static List<IpPrefix> prefixes(String text, Ipv ipv) {
        List<IpPrefix> out = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            out.add(prefix(item, ipv));
        }
        return out;
    }

    private static IpPrefix prefix(String text, Ipv ipv) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        IpAddress a = literal(host, ipv);
        if (a == null) {
            if (looksLikeName(host)) {
                throw IptablesError.unsupported("host name \"" + host + "\" (only literal addresses are accepted)");
            }
            throw IptablesError.option("host/network `" + host + "' not found");
        }
        if (slash < 0) {
            return IpPrefix.host(a);
        }
        return new IpPrefix(a, maskLength(text.substring(slash + 1), ipv));
    }

    private static int maskLength(String mask, Ipv ipv) {
        int bits = ipv == Ipv.IPV6 ? 128 : 32;
        if (!mask.isEmpty() && mask.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long n = Numbers.parse(mask, bits);
            if (n >= 0) {
                return (int) n;
            }
        }
        IpAddress m = literal(mask, ipv);
        if (m == null) {
            throw IptablesError.option("invalid mask `" + mask + "' specified");
        }
        for (int len = 0; len <= bits; len++) {
            if (m.equals(fullMask(ipv).masked(len))) {
                return len;
            }
        }
        throw IptablesError.unsupported("the non-contiguous netmask \"" + mask + "\"");
    }

    private static IpAddress fullMask(Ipv ipv) {
        return ipv == Ipv.IPV6 ? new IpAddress(true, -1L, -1L) : IpAddress.v4(-1);
    }

    private static boolean looksLikeName(String text) {
        return !text.isEmpty() && text.indexOf(':') < 0 && text.chars().anyMatch(Character::isLetter)
                && text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.'))
                || text.matches("[0-9]+(\\.[0-9]+){0,2}");
    }

    /** How a prefix list is printed. */
    static String format(List<IpPrefix> prefixes) {
        StringBuilder sb = new StringBuilder();
        for (IpPrefix p : prefixes) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
