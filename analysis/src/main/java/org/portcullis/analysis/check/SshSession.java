package org.portcullis.analysis.check;

import org.portcullis.model.net.IpAddress;

/**
 * An ssh session as sshd describes it in {@code SSH_CONNECTION}: {@code CLIENT_IP CLIENT_PORT SERVER_IP
 * SERVER_PORT}.
 */
public record SshSession(IpAddress client, int clientPort, IpAddress server, int serverPort) {
    public SshSession {
        if (client.v6() != server.v6()) {
            throw new IllegalArgumentException("mixed address families: " + client + " and " + server);
        }
    }

    /** Parses {@code SSH_CONNECTION}; a zone index ({@code fe80::1%eth0}) is dropped. Throws IllegalArgumentException. */
    public static SshSession parse(String text) {
        String[] w = text.trim().split("\\s+");
        if (w.length != 4) {
            throw new IllegalArgumentException("expected CLIENT_IP CLIENT_PORT SERVER_IP SERVER_PORT, got '" + text.trim() + "'");
        }
        return new SshSession(address(w[0]), port(w[1]), address(w[2]), port(w[3]));
    }

    private static IpAddress address(String word) {
        int scope = word.indexOf('%');
        return IpAddress.parse(scope < 0 ? word : word.substring(0, scope));
    }

    private static int port(String word) {
        int p;
        try {
            p = Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + word);
        }
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("not a port: " + word);
        }
        return p;
    }

    public String clientEndpoint() {
        return endpoint(client, clientPort);
    }

    public String serverEndpoint() {
        return endpoint(server, serverPort);
    }

    /** {@code 198.51.100.7:50022 -> 198.18.0.1:22}. */
    public String words() {
        return clientEndpoint() + " -> " + serverEndpoint();
    }

    private static String endpoint(IpAddress a, int port) {
        return (a.v6() ? "[" + a + "]" : a.toString()) + ":" + port;
    }
}
