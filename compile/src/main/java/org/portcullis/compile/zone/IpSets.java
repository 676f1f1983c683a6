package org.portcullis.compile.zone;

import java.util.List;
import java.util.Locale;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.zone.IpSet;
import org.portcullis.nft.Expr;
import org.portcullis.nft.NamedSet;

/**
 * An ipset as a named nft set of the table: {@code ipv4_addr}, {@code ipv6_addr} or {@code ether_addr},
 * with the interval flag for address and network types, and its entries as elements. Sets of tuples
 * ({@code hash:ip,port} ...) are not supported.
 */
final class IpSets {
    private IpSets() {
    }

    static NamedSet of(IpSet s) {
        List<String> dims = s.dimensions();
        if (dims.size() != 1) {
            throw new IllegalArgumentException("ipset '" + s.name() + "' of type " + s.type() + " is not supported");
        }
        boolean mac = dims.getFirst().equals("mac");
        String type = switch (dims.getFirst()) {
            case "ip", "net" -> s.v6() ? "ipv6_addr" : "ipv4_addr";
            case "mac" -> "ether_addr";
            default -> throw new IllegalArgumentException("ipset type " + s.type() + " is not supported");
        };
        List<Expr> elements = s.entries().stream().<Expr>map(e -> mac ? new Expr.Str(e.toLowerCase(Locale.ROOT))
                : new Expr.Prefix(IpPrefix.parse(e))).toList();
        return new NamedSet(s.name(), type, !mac, elements);
    }
}
