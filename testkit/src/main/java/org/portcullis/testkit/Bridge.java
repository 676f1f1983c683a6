package org.portcullis.testkit;

/** A bridge in its own namespace: one link shared by every host attached to it, like a switch. */
public record Bridge(Netns ns, String name) {

    /** Creates bridge {@code name} inside {@code ns}, up. */
    public static Bridge create(Netns ns, String name) {
        ns.exec("ip", "link", "add", name, "type", "bridge").orThrow("bridge " + name);
        ns.exec("ip", "link", "set", name, "up").orThrow("bridge up " + name);
        return new Bridge(ns, name);
    }

    /**
     * Attaches {@code host} through a veth pair: {@code ifHost} in {@code host} with {@code addr}/24,
     * {@code port} in this bridge's namespace as a bridge port.
     */
    public void attach(Netns host, String ifHost, String addr, String port) {
        Veth.requireTestRange(addr);
        Commands.run("ip", "link", "add", ifHost, "netns", host.name(), "type", "veth", "peer", "name", port,
                "netns", ns.name()).orThrow("veth " + ifHost + "/" + port);
        ns.exec("ip", "link", "set", port, "master", name).orThrow("bridge port " + port);
        ns.exec("ip", "link", "set", port, "up").orThrow("link up " + port);
        host.exec("ip", "addr", "add", addr + "/24", "dev", ifHost).orThrow("address " + addr);
        host.exec("ip", "link", "set", ifHost, "up").orThrow("link up " + ifHost);
    }
}
