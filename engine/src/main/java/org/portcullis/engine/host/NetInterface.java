package org.portcullis.engine.host;

import java.util.List;

import org.portcullis.engine.MacAddress;

/**
 * A network interface of a host, its addresses and link layer: {@code linkType} as {@code ip link} names it
 * ({@code ether}, {@code loopback}, {@code none}, ...), null when not known; {@code mac} its own link-layer
 * address, null when not known or it has none.
 */
public record NetInterface(String name, List<InterfaceAddress> addresses, String linkType, MacAddress mac) {
    public static final String ETHER = "ether";
    public static final String LOOPBACK = "loopback";

    public NetInterface {
        addresses = List.copyOf(addresses);
    }

    /** An interface whose link layer is not known, unless it is {@code lo}, which is always the loopback. */
    public NetInterface(String name, List<InterfaceAddress> addresses) {
        this(name, addresses, name.equals("lo") ? LOOPBACK : null, name.equals("lo") ? MacAddress.ZERO : null);
    }

    public boolean ethernet() {
        return ETHER.equals(linkType);
    }

    public boolean loopback() {
        return LOOPBACK.equals(linkType);
    }
}
