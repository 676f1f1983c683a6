package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.ExecResult;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Ping;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.Teardown;
import org.portcullis.testkit.Veth;

/**
 * ICMP blocks and their inversion, seen by a pinging client: a server running Portcullis (198.18.33.2,
 * zone public, listening on 22) and a client (198.18.33.1).
 */
class IcmpBlockScenarioTest {
    private static final String SERVER = "198.18.33.2";
    private static final int TIMEOUT_MS = 1000;

    @TempDir
    Path work;

    @BeforeAll
    static void needsKernelAndPing() {
        KernelSupport.assumeKernel();
        Ping.assumeAvailable();
    }

    private record Site(Netns client, Netns server, PortcullisDaemon daemon) {
        Ping.Outcome ping() {
            return Ping.run(client, SERVER, TIMEOUT_MS);
        }
    }

    private Site site(Teardown t, String name) throws Exception {
        Netns client = t.add(Netns.create("pc-" + name + "-c"));
        Netns server = t.add(Netns.create("pc-" + name + "-s"));
        Veth.connect(client, "eth0", "198.18.33.1", server, "eth0", SERVER);
        t.add(Listener.start(server, "tcp:22"));
        PortcullisDaemon daemon = t.add(new PortcullisDaemon(server, work).start());
        daemon.ok("--zone=public", "--add-interface=eth0");
        return new Site(client, server, daemon);
    }

    @Test
    void icmpBlockRejectsEchoRequestsUntilRemoved() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "iblk");
            assertEquals(Ping.Outcome.REPLY, site.ping(), "zone public answers pings");
            site.daemon().ok("--zone=public", "--add-icmp-block=echo-request");
            assertEquals(new ExecResult(0, "yes\n", ""),
                    site.daemon().cmd("--zone=public", "--query-icmp-block=echo-request"));
            assertEquals(Ping.Outcome.ADMIN_PROHIBITED, site.ping(), "blocked: answered with admin-prohibited");
            site.daemon().ok("--zone=public", "--remove-icmp-block=echo-request");
            assertEquals(Ping.Outcome.REPLY, site.ping(), "block removed");
        }
    }

    @Test
    void inversionFromTheZoneFileAdmitsOnlyTheListedTypes() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "ixml");
            site.daemon().writeConfig("zones/public.xml", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <zone>
                      <short>Public</short>
                      <service name="ssh"/>
                      <icmp-block name="timestamp-request"/>
                      <icmp-block-inversion/>
                      <forward/>
                      <interface name="eth0"/>
                    </zone>
                    """);
            site.daemon().ok("--reload");
            String listing = site.daemon().cmd("--zone=public", "--list-all").stdout();
            assertTrue(listing.contains("  icmp-block-inversion: yes\n"), listing);
            assertEquals(Ping.Outcome.ADMIN_PROHIBITED, site.ping(), "inverted: echo-request is not listed");
            assertEquals(Probe.Outcome.CONNECTED, Probe.run(site.client(), "tcp", SERVER, 22, TIMEOUT_MS),
                    "inversion concerns ICMP only");
            site.daemon().ok("--zone=public", "--add-icmp-block=echo-request");
            assertEquals(Ping.Outcome.REPLY, site.ping(), "inverted: a listed type is admitted");
        }
    }

    @Test
    void inversionFromTheCommandLine() throws Exception {
        try (Teardown t = new Teardown()) {
            Site site = site(t, "icli");
            ExecResult added = site.daemon().cmd("--zone=public", "--add-icmp-block-inversion");
            Assumptions.assumeFalse(added.stderr().contains("unrecognized arguments: --add-icmp-block-inversion"),
                    () -> "firewall-cmd does not know --add-icmp-block-inversion yet: " + added.stderr().strip());
            assertEquals(new ExecResult(0, "success\n", ""), added);
            assertEquals(Ping.Outcome.ADMIN_PROHIBITED, site.ping(), "inverted with no listed type");
            site.daemon().ok("--zone=public", "--add-icmp-block=echo-request");
            assertEquals(Ping.Outcome.REPLY, site.ping(), "inverted: a listed type is admitted");
            site.daemon().ok("--zone=public", "--remove-icmp-block-inversion");
            assertEquals(Ping.Outcome.ADMIN_PROHIBITED, site.ping(), "not inverted: the listed type is blocked");
        }
    }
}
