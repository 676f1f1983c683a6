package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.rule.PortRange;

/** Port numbers, service names and ranges as the tcp, udp, multiport and NAT extensions read them. */
final class PortSyntax {
    static final int MULTIPORT_MAX = 15;

    private PortSyntax() {
    }

    /** One port or service name. */
    static int port(String text) {
        long n = Numbers.parse(text, 65535);
        if (n >= 0) {
            return (int) n;
        }
        int s = Services.port(text);
        if (s < 0) {
            throw IptablesError.option("invalid port/service `" + text + "' specified");
        }
        return s;
    }

    /** {@code P}, {@code A:B}, {@code :B} or {@code A:} of {@code --sport}/{@code --dport}. */
    static PortRange range(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return PortRange.single(port(text));
        }
        String lo = text.substring(0, colon);
        String hi = text.substring(colon + 1);
        int from = lo.isEmpty() ? 0 : port(lo);
        int to = hi.isEmpty() ? 65535 : port(hi);
        if (from > to) {
            throw IptablesError.option("invalid portrange (min > max)");
        }
        return new PortRange(from, to);
    }

    /** A multiport list: up to 15 entries, a range counting as two. */
    static List<PortRange> list(String text) {
        List<PortRange> out = new ArrayList<>();
        int used = 0;
        for (String item : text.split(",", -1)) {
            if (used == MULTIPORT_MAX) {
                throw IptablesError.option("too many ports specified");
            }
            int colon = item.indexOf(':');
            if (colon < 0) {
                out.add(PortRange.single(port(item)));
                used++;
                continue;
            }
            if (used == MULTIPORT_MAX - 1) {
                throw IptablesError.option("too many ports specified");
            }
            int from = port(item.substring(0, colon));
            int to = port(item.substring(colon + 1));
            if (from >= to) {
                throw IptablesError.option("invalid portrange specified");
            }
            out.add(new PortRange(from, to));
            used += 2;
        }
        return out;
    }

    /** {@code P[-Q]} of NAT targets ({@code --to-ports} and the port part of {@code --to-source}). */
    static PortRange natPorts(String text) {
        int dash = text.indexOf('-');
        String first = dash < 0 ? text : text.substring(0, dash);
        int from = natPort(first, text);
        if (dash < 0) {
            return PortRange.single(from);
        }
        String second = text.substring(dash + 1);
        int to = natPort(second, second);
        if (to < from) {
            throw IptablesError.option("Port range `" + second + "' funky");
        }
        return new PortRange(from, to);
    }

    private static int natPort(String text, String shown) {
        long n = Numbers.parse(text, 65535);
        if (n < 0) {
            n = Services.port(text);
        }
        if (n < 0) {
            throw IptablesError.option("Port `" + shown + "' not valid");
        }
        return (int) n;
    }

    /** How Portcullis prints a multiport list. */
    static String format(List<PortRange> ranges) {
        StringBuilder sb = new StringBuilder();
        for (PortRange r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(r);
        }
        return sb.toString();
    }
}
