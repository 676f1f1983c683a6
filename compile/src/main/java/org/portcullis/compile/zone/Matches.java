package org.portcullis.compile.zone;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portcullis.model.net.Addresses;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.PortRange;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/** The matches zone and policy rules are made of, written as firewalld writes them. */
final class Matches {
    static final Stmt REJECT_ADMIN = new Stmt.Reject("icmpx", "admin-prohibited");

    private Matches() {
    }

    static Stmt.Match eq(Expr left, Expr right) {
        return new Stmt.Match(left, Op.EQ, right);
    }

    static Stmt.Match meta(String key, String value) {
        return eq(new Expr.Meta(key), new Expr.Str(value));
    }

    static Stmt.Match nfproto(String family) {
        return meta("nfproto", family);
    }

    static Stmt.Match l4proto(String protocol) {
        return meta("l4proto", protocol);
    }

    /** {@code iifname "eth0"}; firewalld's wildcard {@code eth+} becomes nft's {@code eth*}. */
    static Stmt.Match ifname(String key, String iface) {
        return meta(key, wildcard(iface));
    }

    static String wildcard(String iface) {
        return iface.endsWith("+") ? iface.substring(0, iface.length() - 1) + "*" : iface;
    }

    static Stmt.Match ctState(List<String> states) {
        return states.size() == 1 ? new Stmt.Match(new Expr.Ct("state", null), Op.IN, new Expr.Str(states.getFirst()))
                : eq(new Expr.Ct("state", null), new Expr.SetLit(states.stream().<Expr>map(Expr.Str::new).toList()));
    }

    static Stmt.Match port(String protocol, String field, PortRange range) {
        return eq(new Expr.Payload(protocol, field), port(range));
    }

    static Expr port(PortRange range) {
        return range.isSingle() ? new Expr.Num(range.low())
                : new Expr.Range(new Expr.Num(range.low()), new Expr.Num(range.high()));
    }

    /**
     * {@code ip saddr 198.18.0.0/15}, {@code ip6 daddr 2001:db8::1}, {@code ether saddr 00:11:...} or a set
     * match {@code ip saddr @name}; {@code field} is saddr or daddr.
     */
    static Stmt.Match address(String address, String field, boolean invert, Map<String, IpSet> ipsets) {
        Op op = invert ? Op.NE : Op.EQ;
        if (address.startsWith("ipset:")) {
            return ipset(address.substring("ipset:".length()), field, op, ipsets);
        }
        if (Addresses.isMac(address)) {
            return new Stmt.Match(new Expr.Payload("ether", field), op, new Expr.Str(address.toLowerCase(Locale.ROOT)));
        }
        IpPrefix p = IpPrefix.parse(address);
        return new Stmt.Match(new Expr.Payload(p.address().v6() ? "ip6" : "ip", field), op, new Expr.Prefix(p));
    }

    /** The family a source address binds a rule to: ipv4, ipv6, or null for a MAC address or a MAC set. */
    static String addressFamily(String address, Map<String, IpSet> ipsets) {
        if (address.startsWith("ipset:")) {
            IpSet s = ipsets.get(address.substring("ipset:".length()));
            return s == null || s.type().equals("hash:mac") ? null : s.v6() ? ListingForm.V6 : ListingForm.V4;
        }
        if (Addresses.isMac(address)) {
            return null;
        }
        return IpPrefix.parse(address).address().v6() ? ListingForm.V6 : ListingForm.V4;
    }

    private static Stmt.Match ipset(String name, String field, Op op, Map<String, IpSet> ipsets) {
        IpSet s = ipsets.get(name);
        if (s == null) {
            throw new IllegalArgumentException("ipset '" + name + "' is not defined");
        }
        String protocol = s.type().equals("hash:mac") ? "ether" : s.v6() ? "ip6" : "ip";
        List<String> dims = s.dimensions();
        if (dims.size() != 1) {
            throw new IllegalArgumentException("ipset '" + name + "' of type " + s.type()
                    + " cannot be matched as an address");
        }
        return new Stmt.Match(new Expr.Payload(protocol, field), op, new Expr.SetRef(name));
    }

    /** {@code limit rate 3/minute burst 5 packets} for a rich rule's {@code 3/m}. */
    static Stmt limit(org.portcullis.model.rich.Limit limit) {
        String[] parts = limit.value().split("/");
        String per = switch (parts[1].charAt(0)) {
            case 's' -> "second";
            case 'm' -> "minute";
            case 'h' -> "hour";
            default -> "day";
        };
        return new Stmt.Limit(Long.parseLong(parts[0]), per, 5, false);
    }
}
