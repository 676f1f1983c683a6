package org.portcullis.engine;

import java.util.Objects;

import org.portcullis.model.net.IpAddress;

/**
 * A connection to play. Outbound: the host connects to {@code to}; {@code from} may be null (routing picks
 * the source). Inbound: the peer at {@code from} connects to the host's address {@code to}. {@code port}
 * is ignored for ICMP echo. {@code peerMac} is the source address of the frames the peer's packets arrive
 * in, null when not known.
 */
public record ConnectRequest(Direction direction, int protocol, IpAddress from, IpAddress to, int port,
                             MacAddress peerMac) {
    public ConnectRequest {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(to);
        if (direction == Direction.INBOUND) {
            Objects.requireNonNull(from, "an inbound connection needs the peer address");
        }
        if (protocol != IpProto.TCP && protocol != IpProto.UDP && !IpProto.isIcmp(protocol)) {
            throw new IllegalArgumentException("connections are played for tcp, udp and icmp only");
        }
    }

    public ConnectRequest(Direction direction, int protocol, IpAddress from, IpAddress to, int port) {
        this(direction, protocol, from, to, port, null);
    }

    public ConnectRequest withPeerMac(MacAddress mac) {
        return new ConnectRequest(direction, protocol, from, to, port, mac);
    }

    public static ConnectRequest outbound(int protocol, IpAddress to, int port) {
        return new ConnectRequest(Direction.OUTBOUND, protocol, null, to, port);
    }

    public static ConnectRequest inbound(int protocol, IpAddress peer, IpAddress to, int port) {
        return new ConnectRequest(Direction.INBOUND, protocol, peer, to, port);
    }
}
