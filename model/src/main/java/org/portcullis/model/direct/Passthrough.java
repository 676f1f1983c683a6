package org.portcullis.model.direct;

import java.util.List;

/** An iptables command given through the direct interface, e.g. {@code -t filter -A INPUT -j ACCEPT}. */
public record Passthrough(Ipv ipv, List<String> args) {
    public Passthrough {
        args = List.copyOf(args);
    }
}
