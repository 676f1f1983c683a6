package org.portcullis.testkit;

/** A veth pair whose ends live in two namespaces, each with a /24 address from 198.18.0.0/15. */
public record Veth(Netns a, String ifA, String addrA, Netns b, String ifB, String addrB) {

    public static Veth connect(Netns a, String ifA, String addrA, Netns b, String ifB, String addrB) {
        requireTestRange(addrA);
        requireTestRange(addrB);
        Commands.run("ip", "link", "add", ifA, "netns", a.name(), "type", "veth", "peer", "name", ifB, "netns", b.name())
                .orThrow("veth " + ifA + "/" + ifB);
        a.exec("ip", "addr", "add", addrA + "/24", "dev", ifA).orThrow("address " + addrA);
        b.exec("ip", "addr", "add", addrB + "/24", "dev", ifB).orThrow("address " + addrB);
        a.exec("ip", "link", "set", ifA, "up").orThrow("link up " + ifA);
        b.exec("ip", "link", "set", ifB, "up").orThrow("link up " + ifB);
        a.exec("ip", "link", "set", "lo", "up").orThrow("lo up");
        b.exec("ip", "link", "set", "lo", "up").orThrow("lo up");
        return new Veth(a, ifA, addrA, b, ifB, addrB);
    }

    static void requireTestRange(String addr) {
        String[] p = addr.split("\\.");
        if (p.length != 4 || !p[0].equals("198") || !(p[1].equals("18") || p[1].equals("19"))) {
            throw new IllegalArgumentException("test addresses must come from 198.18.0.0/15: " + addr);
        }
    }
}
