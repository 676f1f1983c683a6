package org.portcullis.engine.host;

import java.util.List;

/** A network interface of a host and its addresses. */
public record NetInterface(String name, List<InterfaceAddress> addresses) {
    public NetInterface {
        addresses = List.copyOf(addresses);
    }
}
