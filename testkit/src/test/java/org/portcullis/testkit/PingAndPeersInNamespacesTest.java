package org.portcullis.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PingAndPeersInNamespacesTest {

    @BeforeAll
    static void kernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void pingOutcomesFollowTheTargetsRuleset() {
        Ping.assumeAvailable();
        try (Netns client = Netns.create("pc-pc"); Netns server = Netns.create("pc-ps")) {
            Veth.connect(client, "eth0", "198.18.0.1", server, "eth0", "198.18.0.2");
            assertEquals(Ping.Outcome.REPLY, Ping.run(client, "198.18.0.2", 1000));
            server.exec("nft", "add table inet t; add chain inet t in { type filter hook input priority 0; }; "
                    + "add rule inet t in icmp type echo-request reject with icmpx admin-prohibited").orThrow("nft");
            assertEquals(Ping.Outcome.ADMIN_PROHIBITED, Ping.run(client, "198.18.0.2", 1000));
            server.exec("nft", "flush chain inet t in; "
                    + "add rule inet t in icmp type echo-request reject with icmp host-unreachable").orThrow("nft");
            assertEquals(Ping.Outcome.UNREACHABLE, Ping.run(client, "198.18.0.2", 1000));
            server.exec("nft", "flush chain inet t in; add rule inet t in icmp type echo-request drop").orThrow("nft");
            assertEquals(Ping.Outcome.TIMEOUT, Ping.run(client, "198.18.0.2", 300));
        }
    }

    @Test
    void peersAreTheAddressesThatConnected() {
        try (Netns a = Netns.create("pc-pa"); Netns b = Netns.create("pc-pb"); Netns server = Netns.create("pc-ps");
             Netns lan = Netns.create("pc-pl")) {
            Bridge bridge = Bridge.create(lan, "br0");
            bridge.attach(a, "eth0", "198.18.0.1", "pa");
            bridge.attach(b, "eth0", "198.18.0.3", "pb");
            bridge.attach(server, "eth0", "198.18.0.2", "ps");
            try (Listener.Running l = Listener.start(server, "tcp:22", "tcp:80")) {
                assertEquals(Set.of(), TcpPeers.of(server, 22));
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(a, "tcp", "198.18.0.2", 22, 2000));
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(b, "tcp", "198.18.0.2", 80, 2000));
                assertEquals(Set.of("198.18.0.1"), TcpPeers.of(server, 22));
                assertEquals(Set.of("198.18.0.3"), TcpPeers.of(server, 80));
            }
        }
    }
}
