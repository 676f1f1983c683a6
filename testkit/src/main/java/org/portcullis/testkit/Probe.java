package org.portcullis.testkit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A connection probe: {@code Probe tcp|udp ADDR PORT TIMEOUT_MS} prints one word, as a connecting program
 * would see the outcome.
 */
public final class Probe {

    /** What a connecting program observed. */
    public enum Outcome {
        CONNECTED, REFUSED, UNREACHABLE, TIMEOUT, DENIED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Probe() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: Probe tcp|udp ADDR PORT TIMEOUT_MS");
            System.exit(2);
        }
        int port = Integer.parseInt(args[2]);
        int timeout = Integer.parseInt(args[3]);
        Outcome o = switch (args[0]) {
            case "tcp" -> tcp(args[1], port, timeout);
            case "udp" -> udp(args[1], port, timeout);
            default -> throw new IllegalArgumentException("protocol must be tcp or udp: " + args[0]);
        };
        System.out.println(o.word());
    }

    static Outcome tcp(String addr, int port, int timeoutMs) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName(addr), port), timeoutMs);
            return Outcome.CONNECTED;
        } catch (IOException e) {
            return classify(e);
        }
    }

    static Outcome udp(String addr, int port, int timeoutMs) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName(addr), port));
            s.setSoTimeout(timeoutMs);
            byte[] msg = "probe".getBytes(StandardCharsets.US_ASCII);
            s.send(new DatagramPacket(msg, msg.length));
            byte[] buf = new byte[64];
            s.receive(new DatagramPacket(buf, buf.length));
            return Outcome.CONNECTED;
        } catch (IOException e) {
            return classify(e);
        }
    }

    public static Outcome classify(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Operation not permitted")) {
            return Outcome.DENIED;
        }
        return switch (e) {
            case SocketTimeoutException t -> Outcome.TIMEOUT;
            case PortUnreachableException p -> Outcome.REFUSED;
            case NoRouteToHostException n -> Outcome.UNREACHABLE;
            case ConnectException c when m.contains("refused") -> Outcome.REFUSED;
            case ConnectException c when m.contains("timed out") -> Outcome.TIMEOUT;
            default -> m.contains("refused") ? Outcome.REFUSED
                    : m.contains("unreachable") || m.contains("No route") ? Outcome.UNREACHABLE
                    : m.contains("timed out") ? Outcome.TIMEOUT
                    : Outcome.UNREACHABLE;
        };
    }

    /** Runs the probe inside {@code ns} and returns what it observed. */
    public static Outcome run(Netns ns, String proto, String addr, int port, int timeoutMs) {
        ExecResult r = Commands.run(ns.inside(JavaCommand.of(Probe.class,
                List.of(proto, addr, Integer.toString(port), Integer.toString(timeoutMs)))));
        r.orThrow("probe in " + ns);
        return Outcome.valueOf(r.stdout().strip().toUpperCase(Locale.ROOT));
    }
}
