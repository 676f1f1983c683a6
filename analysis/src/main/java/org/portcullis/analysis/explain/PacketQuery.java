package org.portcullis.analysis.explain;

import java.util.Objects;

import org.portcullis.engine.MacAddress;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.model.net.IpAddress;

/**
 * A single packet to explain. {@code from}, {@code sport}, {@code iif} and {@code oif} may be left open
 * (null, or -1 for the port): routing and the ephemeral port range fill them in. {@code icmpType} and
 * {@code icmpCode} are -1 for protocols other than ICMP; {@code ctState} NEW means the flow's first packet,
 * tracked as conntrack would. {@code mac} is the sender's MAC address for an arriving packet, null when not
 * known (rules matching it are then undecided).
 */
public record PacketQuery(PacketPath path, int protocol, IpAddress from, int sport, IpAddress to, int dport,
                          String iif, String oif, CtState ctState, int icmpType, int icmpCode, MacAddress mac) {
    public PacketQuery {
        Objects.requireNonNull(path);
        Objects.requireNonNull(to);
        Objects.requireNonNull(ctState);
        if (from != null && from.v6() != to.v6()) {
            throw new IllegalArgumentException("mixed address families: " + from + " -> " + to);
        }
    }

    /** A query whose sender's MAC address is not known. */
    public PacketQuery(PacketPath path, int protocol, IpAddress from, int sport, IpAddress to, int dport,
                       String iif, String oif, CtState ctState, int icmpType, int icmpCode) {
        this(path, protocol, from, sport, to, dport, iif, oif, ctState, icmpType, icmpCode, null);
    }
}
