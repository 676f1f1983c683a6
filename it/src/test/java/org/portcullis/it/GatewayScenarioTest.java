package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.TcpPeers;
import org.portcullis.testkit.Teardown;
import org.portcullis.testkit.Veth;

/**
 * A NAT gateway running Portcullis between a client network (198.18.30.0/24, interface lan0 in zone
 * internal) and the "internet" (198.18.31.0/24, interface wan0 in zone external, which masquerades). The
 * client's default route is the gateway; the server has no route back to the client network, so only
 * masquerading brings its answers back. The client listens on 22, the gateway on 80, the server on 443 and 80.
 * The gateway's forwarding is left as a new namespace has it (off): Portcullis switches it on as firewalld does.
 */
class GatewayScenarioTest {
    private static final String CLIENT = "198.18.30.2";
    private static final String GATEWAY_LAN = "198.18.30.1";
    private static final String GATEWAY_WAN = "198.18.31.1";
    private static final String SERVER = "198.18.31.2";
    private static final int TIMEOUT_MS = 1500;

    @TempDir
    Path work;

    @BeforeAll
    static void needsKernel() {
        KernelSupport.assumeKernel();
    }

    private record Site(Netns client, Netns gateway, Netns server, PortcullisDaemon daemon) {
        Probe.Outcome probe(Netns from, String addr, int port) {
            return Probe.run(from, "tcp", addr, port, TIMEOUT_MS);
        }
    }

    private Site site(Teardown t, String name) throws Exception {
        Netns client = t.add(Netns.create("pc-" + name + "-c"));
        Netns gateway = t.add(Netns.create("pc-" + name + "-g"));
        Netns server = t.add(Netns.create("pc-" + name + "-s"));
        Veth.connect(client, "eth0", CLIENT, gateway, "lan0", GATEWAY_LAN);
        Veth.connect(gateway, "wan0", GATEWAY_WAN, server, "eth0", SERVER);
        client.exec("ip", "route", "add", "default", "via", GATEWAY_LAN).orThrow("client default route");
        t.add(Listener.start(client, "tcp:22"));
        t.add(Listener.start(gateway, "tcp:80"));
        t.add(Listener.start(server, "tcp:443", "tcp:80"));
        PortcullisDaemon daemon = t.add(new PortcullisDaemon(gateway, work).start());
        daemon.ok("--zone=internal", "--add-interface=lan0");
        daemon.ok("--zone=external", "--add-interface=wan0");
        daemon.ok("--runtime-to-permanent");
        return new Site(client, gateway, server, daemon);
    }

    private static String policy(String target, String... services) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<policy target=\"")
                .append(target).append("\">\n");
        for (String s : services) {
            xml.append("  <service name=\"").append(s).append("\"/>\n");
        }
        return xml.append("  <ingress-zone name=\"internal\"/>\n  <egress-zone name=\"external\"/>\n</policy>\n")
                .toString();
    }

    private static String ipForward(Netns ns) {
        return ns.exec("sysctl", "-n", "net.ipv4.ip_forward").orThrow("sysctl in " + ns).stdout().strip();
    }

    @Test
    void masqueradingOrAForwardPortToAnotherHostSwitchesForwardingOn() throws Exception {
        try (Teardown t = new Teardown()) {
            Netns gateway = t.add(Netns.create("pc-gsw-g"));
            PortcullisDaemon daemon = t.add(new PortcullisDaemon(gateway, work).start());
            daemon.ok("--zone=internal", "--add-interface=lan0");
            daemon.ok("--zone=internal", "--add-forward-port=port=8080:proto=tcp:toport=80");
            assertEquals("0", ipForward(gateway), "no masquerading, a redirect to this host only");
            daemon.ok("--zone=external", "--add-interface=wan0");
            assertEquals("1", ipForward(gateway), "zone external masquerades");

            gateway.exec("sysctl", "-w", "net.ipv4.ip_forward=0").orThrow("forwarding off");
            daemon.ok("--zone=external", "--remove-interface=wan0");
            assertEquals("0", ipForward(gateway), "switched on, never off; nothing masquerades now");
            daemon.ok("--zone=internal", "--add-forward-port=port=2222:proto=tcp:toport=22:toaddr=" + CLIENT);
            assertEquals("1", ipForward(gateway), "a forward port to another host");
        }
    }

    @Test
    void forwardingBetweenZonesNeedsAPolicyAndMasqueradeHidesTheClient() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "gnat");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.client(), SERVER, 443),
                    "zones alone forward only within a zone: internal to external is rejected");

            site.daemon().writeConfig("policies/lan-to-wan.xml", policy("ACCEPT"));
            site.daemon().ok("--reload");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client(), SERVER, 443), "https through the gateway");
            assertEquals(Set.of(GATEWAY_WAN), TcpPeers.of(site.server(), 443),
                    "the server sees the gateway's address, not the client's");

            site.daemon().ok("--zone=external", "--remove-masquerade");
            assertEquals(Probe.Outcome.TIMEOUT, site.probe(site.client(), SERVER, 80),
                    "without masquerading the server cannot answer the client's network");
            site.daemon().ok("--zone=external", "--add-masquerade");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client(), SERVER, 80), "masquerading again");
        }
    }

    @Test
    void clientsOutPolicyAdmitsHttpsAndRejectsHttpWhileTheGatewayItselfIsFree() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "gpol");
            site.daemon().writeConfig("policies/clients-out.xml", policy("REJECT", "https"));
            site.daemon().ok("--reload");
            String active = site.daemon().cmd("--get-active-policies").stdout();
            assertTrue(active.contains("clients-out\n  ingress-zones: internal\n  egress-zones: external\n"), active);

            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client(), SERVER, 443), "https from the client");
            assertEquals(Set.of(GATEWAY_WAN), TcpPeers.of(site.server(), 443), "masqueraded");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.client(), SERVER, 80),
                    "http from the client is rejected with admin-prohibited: No route to host");
            assertEquals(Set.of(), TcpPeers.of(site.server(), 80), "no http connection reached the server");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.gateway(), SERVER, 80),
                    "the gateway's own http is not the clients' traffic");
        }
    }

    @Test
    void forwardPortReachesAHostBehindTheGateway() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "gfwd");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.server(), GATEWAY_WAN, 2222), "before");
            site.daemon().ok("--zone=external",
                    "--add-forward-port=port=2222:proto=tcp:toport=22:toaddr=" + CLIENT);
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.server(), GATEWAY_WAN, 2222),
                    "gateway:2222 leads to the client's ssh");
            assertEquals(Set.of(SERVER), TcpPeers.of(site.client(), 22),
                    "the inner host sees the outside address: forwarded, not masqueraded");
            site.daemon().ok("--zone=external",
                    "--remove-forward-port=port=2222:proto=tcp:toport=22:toaddr=" + CLIENT);
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.server(), GATEWAY_WAN, 2222), "removed");
        }
    }

    @Test
    void forwardPortWithoutAddressRedirectsToTheGatewaysOwnPort() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "gred");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.server(), GATEWAY_WAN, 80),
                    "zone external does not admit http");
            site.daemon().ok("--zone=external", "--add-forward-port=port=8080:proto=tcp:toport=80");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.server(), GATEWAY_WAN, 8080),
                    "the redirected connection is admitted as DNATed traffic");
            assertEquals(Set.of(SERVER), TcpPeers.of(site.gateway(), 80), "it reached the gateway's port 80");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.server(), GATEWAY_WAN, 80),
                    "port 80 itself is still closed");
        }
    }
}
