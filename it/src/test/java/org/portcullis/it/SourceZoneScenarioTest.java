package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.Bridge;
import org.portcullis.testkit.ExecResult;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.Teardown;

/**
 * Zones chosen by source address rather than interface: a server running Portcullis (198.18.34.2, interface
 * eth0 in zone public, listening on 22 and 80) and two clients on the same link (198.18.34.11 and
 * 198.18.34.12, joined by a bridge in a namespace of its own).
 */
class SourceZoneScenarioTest {
    private static final String SERVER = "198.18.34.2";
    private static final String CLIENT_1 = "198.18.34.11";
    private static final String CLIENT_2 = "198.18.34.12";
    private static final int TIMEOUT_MS = 1500;

    @TempDir
    Path work;

    @BeforeAll
    static void needsKernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void trustedSourcesByAddressAndByMacBypassTheInterfacesZone() throws Exception {
        try (Teardown t = new Teardown()) {
            Netns link = t.add(Netns.create("pc-src-l"));
            Netns server = t.add(Netns.create("pc-src-s"));
            Netns client1 = t.add(Netns.create("pc-src-a"));
            Netns client2 = t.add(Netns.create("pc-src-b"));
            Bridge bridge = Bridge.create(link, "br0");
            bridge.attach(server, "eth0", SERVER, "ps");
            bridge.attach(client1, "eth0", CLIENT_1, "pa");
            bridge.attach(client2, "eth0", CLIENT_2, "pb");
            t.add(Listener.start(server, "tcp:22", "tcp:80"));
            PortcullisDaemon daemon = t.add(new PortcullisDaemon(server, work).start());
            daemon.ok("--zone=public", "--add-interface=eth0");
            assertEquals(Probe.Outcome.UNREACHABLE, probe(client1, 80), "public rejects http from client 1");
            assertEquals(Probe.Outcome.UNREACHABLE, probe(client2, 80), "public rejects http from client 2");

            daemon.ok("--zone=trusted", "--add-source=" + CLIENT_1);
            assertEquals(new ExecResult(0, "trusted\n", ""), daemon.cmd("--get-zone-of-source=" + CLIENT_1));
            assertEquals(Probe.Outcome.CONNECTED, probe(client1, 80), "client 1 is trusted by its address");
            assertEquals(Probe.Outcome.UNREACHABLE, probe(client2, 80), "client 2 is still in public");
            assertEquals(Probe.Outcome.CONNECTED, probe(client2, 22), "public's ssh for client 2");

            String mac = client2.exec("cat", "/sys/class/net/eth0/address").orThrow("MAC of client 2").stdout().strip();
            daemon.ok("--zone=trusted", "--add-source=" + mac);
            assertEquals(Probe.Outcome.CONNECTED, probe(client2, 80), "client 2 is trusted by its MAC " + mac);

            daemon.ok("--zone=trusted", "--remove-source=" + CLIENT_1);
            assertEquals(Probe.Outcome.UNREACHABLE, probe(client1, 80), "client 1 back in public");
        }
    }

    private static Probe.Outcome probe(Netns client, int port) {
        return Probe.run(client, "tcp", SERVER, port, TIMEOUT_MS);
    }
}
