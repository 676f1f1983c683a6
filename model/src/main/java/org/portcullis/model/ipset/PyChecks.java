package org.portcullis.model.ipset;

import java.math.BigInteger;
import java.util.Optional;

import org.portcullis.model.net.Addresses;
import org.portcullis.model.rich.IpProtocols;
import org.portcullis.model.zone.PortRange;

/** firewalld's syntax checks of addresses, ports, protocols and interfaces, as ipset entries use them. */
final class PyChecks {
    private PyChecks() {
    }

    /** An IPv4 address as {@code inet_pton} reads it: four decimal parts without leading zeros. */
    static boolean ip(String text) {
        return PyNetwork.v4Address(text).isPresent();
    }

    /** An IPv6 address, brackets around it allowed. */
    static boolean ip6(String text) {
        String a = stripBrackets(text);
        if (a.indexOf(':') < 0 || !Addresses.isSingle(a, true)) {
            return false;
        }
        String tail = a.substring(a.lastIndexOf(':') + 1);
        return tail.indexOf('.') < 0 || ip(tail);
    }

    /** An IPv4 address with an optional {@code /LEN} (0..32) or {@code /A.B.C.D} mask. */
    static boolean ipAndMask(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return ip(text);
        }
        String addr = text.substring(0, slash);
        String mask = text.substring(slash + 1);
        if (addr.isEmpty() || mask.isEmpty() || !ip(addr)) {
            return false;
        }
        if (mask.indexOf('.') >= 0) {
            return ip(mask);
        }
        return inRange(PythonInt.parse(mask), 32);
    }

    /** An IPv6 address with an optional {@code /LEN} (0..128). */
    static boolean ip6AndMask(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return ip6(text);
        }
        String addr = text.substring(0, slash);
        String mask = text.substring(slash + 1);
        return !addr.isEmpty() && !mask.isEmpty() && ip6(addr) && inRange(PythonInt.parse(mask), 128);
    }

    private static boolean inRange(Optional<BigInteger> n, long max) {
        return n.isPresent() && n.get().signum() >= 0 && n.get().compareTo(BigInteger.valueOf(max)) <= 0;
    }

    static boolean mac(String text) {
        return Addresses.isMac(text);
    }

    static boolean port(String text) {
        return PortRange.isValid(text);
    }

    /** A protocol number 0..255 or a protocol name. */
    static boolean protocol(String text) {
        Optional<BigInteger> n = PythonInt.parse(text);
        return n.isPresent() ? inRange(n, 255) : IpProtocols.isValid(text);
    }

    /** 1..16 characters without blank, {@code /}, {@code !} or {@code *}. */
    static boolean iface(String text) {
        return !text.isEmpty() && text.length() <= 16 && text.chars().noneMatch(c -> c == ' ' || c == '/'
                || c == '!' || c == '*');
    }

    private static String stripBrackets(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (text.charAt(from) == '[' || text.charAt(from) == ']')) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == '[' || text.charAt(to - 1) == ']')) {
            to--;
        }
        return text.substring(from, to);
    }
}
