package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Direction;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.MacAddress;
import org.portcullis.model.net.IpAddress;

/**
 * One connection of a zone case: {@code client} opens it ({@code H} out to a peer, {@code P} or {@code Q}
 * in to {@code H} or through it to another peer) with tcp, udp or icmp (echo) to {@code to} and
 * {@code port} (0 for icmp), from the local address {@code from} (null: as routing chooses). Written as
 * {@code P tcp 198.18.1.2 80 from 198.18.0.3}. UDP goes to addresses the listener answers from: the peer's
 * primary address, or {@code H}'s address on the client's own link.
 */
record ZoneConn(Node client, String protocol, String to, int port, String from) {
    static final int[] TCP_PORTS = {22, 80, 443, 8080};
    static final int[] UDP_PORTS = {53, 5353};

    /**
     * A random connection; one time in three, when there are any, from a peer to one of {@code hints}
     * ({@code tcp/8080}).
     */
    static ZoneConn random(Random r, List<String> hints) {
        String hint = !hints.isEmpty() && r.nextInt(3) == 0 ? hints.get(r.nextInt(hints.size())) : null;
        Node client = switch (hint != null ? 2 + r.nextInt(3) : r.nextInt(5)) {
            case 0, 1 -> Node.H;
            case 2, 3 -> Node.P;
            default -> Node.Q;
        };
        boolean v6 = r.nextInt(3) == 0;
        String protocol = hint != null ? hint.substring(0, hint.indexOf('/')) : switch (r.nextInt(5)) {
            case 0, 1 -> "tcp";
            case 2, 3 -> "udp";
            default -> "icmp";
        };
        boolean udp = protocol.equals("udp");
        List<String> targets = new ArrayList<>();
        for (Node peer : Node.peers()) {
            if (peer == client) {
                targets.add(peer.hostAddr(v6));
                continue;
            }
            targets.add(peer.addr(v6));
            if (!udp && peer.extra(v6) != null) {
                targets.add(peer.extra(v6));
            }
            if (!udp && client != Node.H) {
                targets.add(peer.hostAddr(v6));
            }
        }
        if (!udp && client != Node.H) {
            targets.add(v6 ? Node.HOST_LO6 : Node.HOST_LO4);
        }
        String to = targets.get(r.nextInt(targets.size()));
        int port = hint != null ? Integer.parseInt(hint.substring(hint.indexOf('/') + 1)) : switch (protocol) {
            case "tcp" -> TCP_PORTS[r.nextInt(TCP_PORTS.length)];
            case "udp" -> UDP_PORTS[r.nextInt(UDP_PORTS.length)];
            default -> 0;
        };
        String from = client.extra(v6) != null && r.nextInt(4) == 0 ? client.extra(v6) : null;
        return new ZoneConn(client, protocol, to, port, from);
    }

    static ZoneConn parse(String text) {
        String[] w = text.trim().split("\\s+");
        boolean icmp = w[1].equals("icmp");
        int next = icmp ? 3 : 4;
        String from = w.length > next + 1 && w[next].equals("from") ? w[next + 1] : null;
        return new ZoneConn(Node.valueOf(w[0]), w[1], w[2], icmp ? 0 : Integer.parseInt(w[3]), from);
    }

    boolean v6() {
        return to.contains(":");
    }

    ConnectRequest request() {
        int proto = switch (protocol) {
            case "tcp" -> IpProto.TCP;
            case "udp" -> IpProto.UDP;
            default -> v6() ? IpProto.ICMPV6 : IpProto.ICMP;
        };
        IpAddress dst = IpAddress.parse(to);
        if (client == Node.H) {
            return new ConnectRequest(Direction.OUTBOUND, proto, null, dst, port, MacAddress.parse(Node.owning(to).mac()));
        }
        IpAddress src = IpAddress.parse(from != null ? from : client.addr(v6()));
        Direction d = Node.owning(to) == Node.H ? Direction.INBOUND : Direction.THROUGH;
        return new ConnectRequest(d, proto, src, dst, port, MacAddress.parse(client.mac()));
    }

    /** The agent command that plays it. */
    String probeLine(int tcpTimeoutMs, int datagramTimeoutMs) {
        String line = switch (protocol) {
            case "tcp" -> "tcp " + to + " " + port + " " + tcpTimeoutMs;
            case "udp" -> "udp " + to + " " + port + " " + datagramTimeoutMs;
            default -> "icmp " + to + " " + datagramTimeoutMs;
        };
        return from == null ? line : line + " " + from;
    }

    @Override
    public String toString() {
        return client + " " + protocol + " " + to + (protocol.equals("icmp") ? "" : " " + port) + (from == null ? "" : " from " + from);
    }
}
