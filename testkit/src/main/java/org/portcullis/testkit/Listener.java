package org.portcullis.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A test server: {@code Listener tcp:22 tcp:443 udp:53} listens on all addresses, keeps accepted TCP
 * connections open, echoes UDP datagrams, and prints {@code ready} once every port is bound.
 */
public final class Listener {
    private static final List<Socket> HELD = new ArrayList<>();

    private Listener() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (String spec : args) {
            String[] p = spec.split(":", 2);
            if (p.length != 2) {
                throw new IllegalArgumentException("expected tcp:PORT or udp:PORT, got " + spec);
            }
            int port = Integer.parseInt(p[1]);
            switch (p[0]) {
                case "tcp" -> {
                    ServerSocket ss = new ServerSocket();
                    ss.setReuseAddress(true);
                    ss.bind(new InetSocketAddress(port), 128);
                    threads.add(Thread.ofPlatform().daemon().unstarted(() -> acceptLoop(ss)));
                }
                case "udp" -> {
                    DatagramSocket ds = new DatagramSocket(new InetSocketAddress(port));
                    threads.add(Thread.ofPlatform().daemon().unstarted(() -> echoLoop(ds)));
                }
                default -> throw new IllegalArgumentException("unknown protocol in " + spec);
            }
        }
        threads.forEach(Thread::start);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            Thread.sleep(60_000);
        }
    }

    private static void acceptLoop(ServerSocket ss) {
        while (true) {
            try {
                Socket s = ss.accept();
                synchronized (HELD) {
                    HELD.add(s);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void echoLoop(DatagramSocket ds) {
        byte[] buf = new byte[2048];
        while (true) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                ds.receive(p);
            } catch (IOException e) {
                return;
            }
            try {
                ds.send(new DatagramPacket(p.getData(), p.getLength(), p.getSocketAddress()));
            } catch (IOException e) {
                // a firewall refused the answer (EPERM); keep serving later requests
            }
        }
    }

    /** Starts a listener inside {@code ns} and waits until it printed {@code ready}. */
    public static Running start(Netns ns, String... specs) {
        try {
            Process p = new ProcessBuilder(ns.inside(JavaCommand.of(Listener.class, List.of(specs))))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }, r -> Thread.ofPlatform().daemon().start(r));
            String line;
            try {
                line = first.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                line = null;
            }
            if (!"ready".equals(line)) {
                p.destroyForcibly();
                throw new IllegalStateException("listener in " + ns + " did not become ready: " + line);
            }
            return new Running(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start listener in " + ns, e);
        }
    }

    /** A started listener process; closing it kills the process. */
    public record Running(Process process) implements AutoCloseable {
        @Override
        public void close() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
