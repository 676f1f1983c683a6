package org.portcullis.engine;

import java.util.Objects;

import org.portcullis.model.net.IpAddress;

/**
 * A connection to play. Outbound: the host connects to {@code to}; {@code from} may be null (routing picks
 * the source). Inbound: the peer at {@code from} connects to the host's address {@code to}. Through: the
 * peer at {@code from} connects to {@code to} beyond the host, which routes it on. {@code port}
 * is ignored for ICMP echo. {@code peerMac} is the source address of the frames the peer's packets arrive
 * in, {@code targetMac} that of the frames from the host a flow is forwarded to (through the host, or after a
 * destination nat); null when not known.
 */
public record ConnectRequest(Direction direction, int protocol, IpAddress from, IpAddress to, int port,
                             MacAddress peerMac, MacAddress targetMac) {
    public ConnectRequest {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(to);
        if (direction != Direction.OUTBOUND) {
            Objects.requireNonNull(from, "an inbound connection needs the peer address");
        }
        if (protocol != IpProto.TCP && protocol != IpProto.UDP && !IpProto.isIcmp(protocol)) {
            throw new IllegalArgumentException("connections are played for tcp, udp and icmp only");
        }
    }

    public ConnectRequest(Direction direction, int protocol, IpAddress from, IpAddress to, int port) {
        this(direction, protocol, from, to, port, null, null);
    }

    public ConnectRequest(Direction direction, int protocol, IpAddress from, IpAddress to, int port, MacAddress peerMac) {
        this(direction, protocol, from, to, port, peerMac, null);
    }

    public ConnectRequest withPeerMac(MacAddress mac) {
        return new ConnectRequest(direction, protocol, from, to, port, mac, targetMac);
    }

    public ConnectRequest withTargetMac(MacAddress mac) {
        return new ConnectRequest(direction, protocol, from, to, port, peerMac, mac);
    }

    public static ConnectRequest outbound(int protocol, IpAddress to, int port) {
        return new ConnectRequest(Direction.OUTBOUND, protocol, null, to, port);
    }

    public static ConnectRequest inbound(int protocol, IpAddress peer, IpAddress to, int port) {
        return new ConnectRequest(Direction.INBOUND, protocol, peer, to, port);
    }

    public static ConnectRequest through(int protocol, IpAddress peer, IpAddress to, int port) {
        return new ConnectRequest(Direction.THROUGH, protocol, peer, to, port);
    }
}
