package org.portcullis.difftest;

import java.util.Random;

import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Direction;
import org.portcullis.engine.IpProto;
import org.portcullis.model.net.IpAddress;

/**
 * One connection of a case: {@code out} means {@code H} opens it towards {@code P}; the protocol is
 * tcp, udp or icmp (echo); {@code to} is the address connected to and {@code port} its port (0 for icmp).
 * Written as {@code out tcp 198.18.0.2 22}. UDP goes to primary addresses only: the test listener,
 * bound to the wildcard address, answers from the primary address whatever address was asked.
 */
record Conn(boolean out, String protocol, String to, int port) {
    static final int[] TCP_PORTS = {22, 80, 443};
    static final int[] UDP_PORTS = {53, 5353};

    static Conn random(Random r) {
        boolean out = r.nextBoolean();
        String to = out ? (r.nextInt(4) == 0 ? Lab.PEER_EXTRA : Lab.PEER) : (r.nextInt(4) == 0 ? Lab.HOST_DUMMY : Lab.HOST);
        return switch (r.nextInt(5)) {
            case 0, 1 -> new Conn(out, "tcp", to, TCP_PORTS[r.nextInt(TCP_PORTS.length)]);
            case 2, 3 -> new Conn(out, "udp", out ? Lab.PEER : Lab.HOST, UDP_PORTS[r.nextInt(UDP_PORTS.length)]);
            default -> new Conn(out, "icmp", to, 0);
        };
    }

    static Conn parse(String text) {
        String[] w = text.trim().split("\\s+");
        return new Conn(w[0].equals("out"), w[1], w[2], w.length > 3 ? Integer.parseInt(w[3]) : 0);
    }

    ConnectRequest request() {
        int proto = switch (protocol) {
            case "tcp" -> IpProto.TCP;
            case "udp" -> IpProto.UDP;
            default -> IpProto.ICMP;
        };
        IpAddress dst = IpAddress.parse(to);
        return out ? new ConnectRequest(Direction.OUTBOUND, proto, null, dst, port)
                : ConnectRequest.inbound(proto, IpAddress.parse(Lab.PEER), dst, port);
    }

    /** The agent command that plays it. */
    String probeLine(int tcpTimeoutMs, int datagramTimeoutMs) {
        return switch (protocol) {
            case "tcp" -> "tcp " + to + " " + port + " " + tcpTimeoutMs;
            case "udp" -> "udp " + to + " " + port + " " + datagramTimeoutMs;
            default -> "icmp " + to + " " + datagramTimeoutMs;
        };
    }

    @Override
    public String toString() {
        return (out ? "out " : "in ") + protocol + " " + to + (protocol.equals("icmp") ? "" : " " + port);
    }
}
