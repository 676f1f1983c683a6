package org.portcullis.model.net;

/** Syntax checks for the address spellings firewalld accepts in zones and rich rules. */
public final class Addresses {
    /** The longest ipset name the kernel accepts. */
    public static final int IPSET_MAX_NAME = 32;

    private Addresses() {
    }

    /** An IPv4 address, optionally with {@code /LEN} (0..32) or a dotted mask. */
    public static boolean isIpv4OrNetwork(String text) {
        return check(text, false);
    }

    /** An IPv6 address, optionally in brackets, optionally with {@code /LEN} (0..128). */
    public static boolean isIpv6OrNetwork(String text) {
        return check(text, true);
    }

    public static boolean isAddressOrNetwork(String text) {
        return isIpv4OrNetwork(text) || isIpv6OrNetwork(text);
    }

    public static boolean isSingle(String text, boolean v6) {
        String a = v6 ? stripBrackets(text) : text;
        return IpAddress.isValid(a) && IpAddress.parse(a).v6() == v6;
    }

    private static boolean check(String text, boolean v6) {
        if (text == null) {
            return false;
        }
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        String mask = slash < 0 ? null : text.substring(slash + 1);
        if (addr.isEmpty() || mask != null && mask.isEmpty() || !isSingle(addr, v6)) {
            return false;
        }
        if (mask == null) {
            return true;
        }
        if (!v6 && mask.indexOf('.') >= 0) {
            return isSingle(mask, false);
        }
        if (!mask.chars().allMatch(c -> c >= '0' && c <= '9') || mask.length() > 3) {
            return false;
        }
        return Integer.parseInt(mask) <= (v6 ? 128 : 32);
    }

    private static String stripBrackets(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == '[') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ']') {
            to--;
        }
        return text.substring(from, to);
    }

    /** Six pairs of hex digits separated by colons. */
    public static boolean isMac(String text) {
        if (text == null || text.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            boolean ok = i % 3 == 2 ? c == ':' : Character.digit(c, 16) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpsetName(String name) {
        return name != null && !name.isEmpty() && name.length() <= IPSET_MAX_NAME;
    }
}
