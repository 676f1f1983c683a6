package org.portcullis.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProbeInNamespacesTest {

    @BeforeAll
    static void kernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void outcomesFollowTheServersRuleset() {
        try (Netns client = Netns.create("pc-cl"); Netns server = Netns.create("pc-sv")) {
            Veth.connect(client, "enp3s0", "198.18.0.1", server, "eth0", "198.18.0.2");
            try (Listener.Running l = Listener.start(server, "tcp:22", "udp:53")) {
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", "198.18.0.2", 22, 2000));
                assertEquals(Probe.Outcome.REFUSED, Probe.run(client, "tcp", "198.18.0.2", 23, 2000));
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "udp", "198.18.0.2", 53, 2000));

                server.exec("nft", "add table ip t; add chain ip t in { type filter hook input priority 0; }; "
                        + "add rule ip t in tcp dport 22 drop; "
                        + "add rule ip t in udp dport 53 reject with icmp host-prohibited").orThrow("nft");
                assertEquals(Probe.Outcome.TIMEOUT, Probe.run(client, "tcp", "198.18.0.2", 22, 500));
                assertEquals(Probe.Outcome.UNREACHABLE, Probe.run(client, "udp", "198.18.0.2", 53, 2000));

                client.exec("nft", "add table ip t; add chain ip t out { type filter hook output priority 0; }; "
                        + "add rule ip t out udp dport 54 drop").orThrow("nft");
                assertEquals(Probe.Outcome.DENIED, Probe.run(client, "udp", "198.18.0.2", 54, 2000));
            }
        }
    }

    @Test
    void closeDeletesTheNamespaceAndIsIdempotent() {
        Netns ns = Netns.create("pc-cl");
        assertTrue(Commands.run("ip", "netns", "list").stdout().contains(ns.name()));
        ns.close();
        ns.close();
        assertFalse(Commands.run("ip", "netns", "list").stdout().contains(ns.name()));
    }

    @Test
    void kernelSupportAgreesWithThisHost() {
        assertTrue(KernelSupport.skipReason().isEmpty());
    }
}
