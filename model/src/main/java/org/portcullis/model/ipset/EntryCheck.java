package org.portcullis.model.ipset;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Whether an entry fits an ipset's type and family, with firewalld's INVALID_ENTRY messages. */
final class EntryCheck {
    private static final BigInteger MARK_MAX = BigInteger.valueOf(4294967295L);
    private static final List<String> PORT_PROTOCOLS = List.of("tcp", "sctp", "udp", "udplite");

    private final String entry;
    private final IpSetType type;
    private final String family;

    private EntryCheck(String entry, IpSetType type, IpSetOptions options) {
        this.entry = entry;
        this.type = type;
        this.family = options.family().equals("inet6") ? "ipv6" : "ipv4";
    }

    static void check(String entry, IpSetType type, IpSetOptions options) {
        new EntryCheck(entry, type, options).run();
    }

    private void run() {
        List<IpSetType.Part> parts = type.parts();
        String[] items = entry.split(",", -1);
        if (items.length != parts.size()) {
            throw invalid("entry '" + entry + "' does not match ipset type '" + type + "'");
        }
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            switch (parts.get(i)) {
                case IP -> ip(item, i);
                case NET -> net(item, i);
                case MAC -> {
                    if (!PyChecks.mac(item) || item.equals("00:00:00:00:00:00")) {
                        throw invalid("invalid mac address '" + item + "' in '" + entry + "'");
                    }
                }
                case PORT -> port(item);
                case MARK -> mark(item);
                case IFACE -> {
                    if (!PyChecks.iface(item) || item.length() > 15) {
                        throw invalid("invalid interface '" + item + "' in '" + entry + "'");
                    }
                }
            }
        }
    }

    private boolean v4() {
        return family.equals("ipv4");
    }

    private void ip(String item, int i) {
        if (item.contains("-") && v4()) {
            if (i > 1) {
                throw invalid("invalid address '" + item + "' in '" + entry + "'[" + i + "]");
            }
            String[] ends = range(item);
            for (String end : ends) {
                if (!PyChecks.ip(end)) {
                    throw badAddress(end);
                }
            }
            return;
        }
        boolean ok;
        if (v4()) {
            if (item.equals("0.0.0.0")) {
                throw badAddress(item);
            }
            ok = i == 0 ? PyChecks.ipAndMask(item) : PyChecks.ip(item);
        } else {
            ok = PyChecks.ip6(item);
        }
        if (!ok) {
            throw badAddress(item);
        }
    }

    private void net(String item, int i) {
        if (item.contains("-")) {
            String[] ends = range(item);
            if (!(v4() ? PyChecks.ip(ends[0]) : PyChecks.ip6(ends[0]))) {
                throw badAddress(ends[0]);
            }
            if (!(v4() ? PyChecks.ipAndMask(ends[1]) : PyChecks.ip6AndMask(ends[1]))) {
                throw badAddress(ends[1]);
            }
            return;
        }
        if (item.endsWith("/0") && !(!v4() && i == 0 && type == IpSetType.HASH_NET_IFACE)) {
            throw badAddress(item);
        }
        if (!(v4() ? PyChecks.ipAndMask(item) : PyChecks.ip6AndMask(item))) {
            throw badAddress(item);
        }
    }

    private String[] range(String item) {
        String[] ends = item.split("-", -1);
        if (ends.length != 2) {
            throw invalid("invalid address range '" + item + "' in '" + entry + "' for " + type + " (" + family + ")");
        }
        return ends;
    }

    private void port(String item) {
        if (!item.contains(":")) {
            if (!PyChecks.port(item)) {
                throw invalid("invalid port '" + item + "' in '" + entry + "'");
            }
            return;
        }
        String[] split = item.split(":", -1);
        if (split.length != 2) {
            throw invalid("invalid port '" + item + "'");
        }
        String protocol = split[0];
        String value = split[1];
        if (protocol.equals("icmp")) {
            if (!v4()) {
                throw wrongFamily();
            }
            if (!IcmpCodes.icmp(value)) {
                throw invalid("invalid icmp type '" + value + "' in '" + entry + "'");
            }
        } else if (protocol.equals("icmpv6") || protocol.equals("ipv6-icmp")) {
            if (v4()) {
                throw wrongFamily();
            }
            if (!IcmpCodes.icmpv6(value)) {
                throw invalid("invalid icmpv6 type '" + value + "' in '" + entry + "'");
            }
        } else if (!PORT_PROTOCOLS.contains(protocol) && !PyChecks.protocol(protocol)) {
            throw invalid("invalid protocol '" + protocol + "' in '" + entry + "'");
        } else if (!PyChecks.port(value)) {
            throw invalid("invalid port '" + value + "'in '" + entry + "'");
        }
    }

    private void mark(String item) {
        Optional<BigInteger> v = item.startsWith("0x") ? PythonInt.parseHex(item) : PythonInt.parse(item);
        if (v.isEmpty() || v.get().signum() < 0 || v.get().compareTo(MARK_MAX) > 0) {
            throw invalid("invalid mark '" + item + "' in '" + entry + "'");
        }
    }

    private FirewallException wrongFamily() {
        return invalid("invalid protocol for family '" + family + "' in '" + entry + "'");
    }

    private FirewallException badAddress(String address) {
        return invalid("invalid address '" + address + "' in '" + entry + "' for " + type + " (" + family + ")");
    }

    private static FirewallException invalid(String message) {
        return new FirewallException(ErrorCode.INVALID_ENTRY, message);
    }
}
