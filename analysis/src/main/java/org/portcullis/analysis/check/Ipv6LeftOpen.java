package org.portcullis.analysis.check;

import java.util.List;
import java.util.Locale;

import org.portcullis.engine.Direction;

/**
 * IPv6 left open: connections an IPv4-only rule blocks ({@code blocked}) pass over IPv6 ({@code open}) on
 * {@code interfaces}. {@code assumedAddress} is set when the interface has no IPv6 address in the host model and
 * one was assumed, as a router advertisement would give it.
 */
public record Ipv6LeftOpen(Direction direction, List<String> interfaces, boolean assumedAddress, Flow open, Flow blocked,
                           List<String> also, Fix fix) implements Finding {
    public Ipv6LeftOpen {
        interfaces = List.copyOf(interfaces);
        also = List.copyOf(also);
    }

    @Override
    public String kind() {
        return "ipv6-open";
    }

    @Override
    public String title() {
        String way = direction == Direction.OUTBOUND ? "outbound" : "inbound";
        return "IPv6 left open on " + String.join(", ", interfaces) + ": " + way
                + " traffic is restricted for IPv4 only; the same connections over IPv6 pass"
                + (assumedAddress ? " (no IPv6 address there now; one was assumed, as a router advertisement would give it)" : "");
    }

    @Override
    public List<Flow> flows() {
        return List.of(open, blocked);
    }

    public String way() {
        return direction.name().toLowerCase(Locale.ROOT);
    }
}
