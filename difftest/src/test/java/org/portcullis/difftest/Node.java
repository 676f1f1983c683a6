package org.portcullis.difftest;

/**
 * The namespaces of the zone lab: the host {@code H} under test and its peers {@code P}, {@code Q} and
 * {@code R}, each on its own veth link to {@code H} ({@code h0}, {@code h1}, {@code h2}) with an IPv4 /24 from
 * 198.18.0.0/15 and an IPv6 /64 from fd00:18::/48. {@code P} has a second address on each family. {@code R}
 * never opens a connection: it is where destination nat sends flows.
 */
enum Node {
    H(null, null, null, null, null, null, null),
    P("p0", "h0", "198.18.0.", "fd00:18::", "02:00:00:00:00:", "198.18.0.3", "fd00:18::3"),
    Q("q0", "h1", "198.18.1.", "fd00:18:1::", "02:00:00:00:01:", null, null),
    R("r0", "h2", "198.18.3.", "fd00:18:3::", "02:00:00:00:03:", null, null);

    /** {@code H}'s address on its loopback, reached from the peers through their link. */
    static final String HOST_LO4 = "198.18.2.1";
    static final String HOST_LO6 = "fd00:18:2::1";

    private final String ifname;
    private final String hostIf;
    private final String net4;
    private final String net6;
    private final String macPrefix;
    private final String extra4;
    private final String extra6;

    Node(String ifname, String hostIf, String net4, String net6, String macPrefix, String extra4, String extra6) {
        this.ifname = ifname;
        this.hostIf = hostIf;
        this.net4 = net4;
        this.net6 = net6;
        this.macPrefix = macPrefix;
        this.extra4 = extra4;
        this.extra6 = extra6;
    }

    /** The peer's interface. */
    String ifname() {
        return ifname;
    }

    /** {@code H}'s interface towards the peer. */
    String hostIf() {
        return hostIf;
    }

    /** The peer's primary address. */
    String addr(boolean v6) {
        return v6 ? net6 + "2" : net4 + "2";
    }

    /** The peer's second address, null if it has none. */
    String extra(boolean v6) {
        return v6 ? extra6 : extra4;
    }

    /** {@code H}'s address on the peer's link. */
    String hostAddr(boolean v6) {
        return v6 ? net6 + "1" : net4 + "1";
    }

    String prefix(boolean v6) {
        return v6 ? net6 + "/64" : net4 + "0/24";
    }

    String mac() {
        return macPrefix + "02";
    }

    String hostMac() {
        return macPrefix + "01";
    }

    static Node[] peers() {
        return new Node[] {P, Q, R};
    }

    /** The peer behind {@code H}'s interface {@code hostIf}. */
    static Node behind(String hostIf) {
        for (Node n : peers()) {
            if (n.hostIf.equals(hostIf)) {
                return n;
            }
        }
        throw new IllegalArgumentException("no peer behind " + hostIf);
    }

    /** The peer that has {@code addr}, or {@code H} when it is none of theirs. */
    static Node owning(String addr) {
        for (Node n : peers()) {
            for (boolean v6 : new boolean[] {false, true}) {
                if (addr.equals(n.addr(v6)) || addr.equals(n.extra(v6))) {
                    return n;
                }
            }
        }
        return H;
    }
}
