package org.portcullis.testkit;

import java.util.Set;
import java.util.TreeSet;

/** The remote addresses of the TCP connections to a local port, as the kernel of one namespace shows them. */
public final class TcpPeers {
    private static final String MAPPED = "::ffff:";

    private TcpPeers() {
    }

    /** Addresses of every peer connected (in any state but listening) to {@code localPort} in {@code ns}. */
    public static Set<String> of(Netns ns, int localPort) {
        return parse(ns.exec("ss", "-Htna").orThrow("ss in " + ns).stdout(), localPort);
    }

    /** Reads {@code ss -Htna} lines: state, receive queue, send queue, local and peer address:port. */
    static Set<String> parse(String ssOutput, int localPort) {
        Set<String> peers = new TreeSet<>();
        for (String line : ssOutput.lines().toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 5 || f[0].equals("LISTEN") || port(f[3]) != localPort) {
                continue;
            }
            peers.add(host(f[4]));
        }
        return peers;
    }

    private static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    private static String host(String endpoint) {
        String h = endpoint.substring(0, endpoint.lastIndexOf(':'));
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        int scope = h.indexOf('%');
        if (scope >= 0) {
            h = h.substring(0, scope);
        }
        return h.startsWith(MAPPED) && h.indexOf('.') > 0 ? h.substring(MAPPED.length()) : h;
    }
}
