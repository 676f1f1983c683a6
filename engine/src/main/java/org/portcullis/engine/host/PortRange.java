package org.portcullis.engine.host;

/** The range ephemeral source ports are taken from ({@code net.ipv4.ip_local_port_range}). */
public record PortRange(int low, int high) {
    public static final PortRange DEFAULT = new PortRange(32768, 60999);

    public PortRange {
        if (low < 1 || high > 65535 || low > high) {
            throw new IllegalArgumentException("bad port range " + low + "-" + high);
        }
    }

    public int size() {
        return high - low + 1;
    }
}
