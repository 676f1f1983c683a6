package org.portcullis.difftest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.portcullis.testkit.Probe;

/**
 * A long-lived prober inside a namespace: reads {@code tcp|udp ADDR PORT MS [FROM]} or
 * {@code icmp ADDR MS [FROM]} lines (FROM: the local address to send from) and answers each with one
 * outcome word, as {@link Probe} classifies it. A connected TCP socket is closed with an RST (linger 0), so
 * no FIN outlives the case.
 */
public final class ProbeAgent {
    private ProbeAgent() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.trim().split(" ");
            Probe.Outcome o;
            try {
                o = switch (w[0]) {
                    case "tcp" -> tcp(w[1], Integer.parseInt(w[2]), Integer.parseInt(w[3]), w.length > 4 ? w[4] : null);
                    case "udp" -> udp(w[1], Integer.parseInt(w[2]), Integer.parseInt(w[3]), w.length > 4 ? w[4] : null);
                    case "icmp" -> EchoPing.ping(w[1], w.length > 3 ? w[3] : null, Integer.parseInt(w[2]));
                    default -> throw new IllegalArgumentException("unknown probe " + line);
                };
                System.out.println(o.word());
            } catch (Throwable t) {
                System.out.println("error " + t);
            }
            System.out.flush();
        }
    }

    static Probe.Outcome tcp(String addr, int port, int timeoutMs, String from) {
        try (Socket s = new Socket()) {
            s.setSoLinger(true, 0);
            if (from != null) {
                s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            }
            s.connect(new InetSocketAddress(InetAddress.getByName(addr), port), timeoutMs);
            return Probe.Outcome.CONNECTED;
        } catch (IOException e) {
            return Probe.classify(e);
        }
    }

    static Probe.Outcome udp(String addr, int port, int timeoutMs, String from) {
        try (DatagramSocket s = from == null ? new DatagramSocket() : new DatagramSocket(new InetSocketAddress(InetAddress.getByName(from), 0))) {
            s.connect(new InetSocketAddress(InetAddress.getByName(addr), port));
            s.setSoTimeout(timeoutMs);
            byte[] msg = "probe".getBytes(StandardCharsets.US_ASCII);
            s.send(new DatagramPacket(msg, msg.length));
            byte[] buf = new byte[64];
            s.receive(new DatagramPacket(buf, buf.length));
            return Probe.Outcome.CONNECTED;
        } catch (IOException e) {
            return Probe.classify(e);
        }
    }
}
