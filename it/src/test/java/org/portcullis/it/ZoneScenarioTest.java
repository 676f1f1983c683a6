package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.ExecResult;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.Veth;

/**
 * Zones enforced by the kernel: a server namespace running Portcullis, its interfaces in zone public, and two
 * client namespaces on their own links (198.18.1.0/24 and 198.18.2.0/24). The server listens on 22 and 80.
 */
class ZoneScenarioTest {
    private static final String SERVER_1 = "198.18.1.2";
    private static final String SERVER_2 = "198.18.2.2";
    private static final int TIMEOUT_MS = 2000;
    private static final ExecResult SUCCESS = new ExecResult(0, "success\n", "");

    @TempDir
    Path work;

    @BeforeAll
    static void needsKernel() {
        KernelSupport.assumeKernel();
    }

    /** The namespaces, links, listeners and daemon of one scenario; closed in reverse order. */
    private record Site(Netns server, Netns client1, Netns client2, Listener.Running listeners,
                        PortcullisDaemon daemon) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try (Netns s = server; Netns c1 = client1; Netns c2 = client2; Listener.Running l = listeners) {
                daemon.close();
            }
        }

        Probe.Outcome probe(Netns client, String addr, int port) {
            return Probe.run(client, "tcp", addr, port, TIMEOUT_MS);
        }

        void ok(String... args) throws Exception {
            assertEquals(SUCCESS, daemon.cmd(args), String.join(" ", args));
        }
    }

    private Site site(String name) throws Exception {
        Netns server = Netns.create("pc-" + name + "-s");
        Netns c1 = Netns.create("pc-" + name + "-a");
        Netns c2 = Netns.create("pc-" + name + "-b");
        Listener.Running listeners = null;
        try {
            Veth.connect(c1, "eth0", "198.18.1.1", server, "srv0", SERVER_1);
            Veth.connect(c2, "eth0", "198.18.2.1", server, "srv1", SERVER_2);
            listeners = Listener.start(server, "tcp:22", "tcp:80");
            Site site = new Site(server, c1, c2, listeners, new PortcullisDaemon(server, work).start());
            site.ok("--zone=public", "--add-interface=srv0");
            site.ok("--zone=public", "--add-interface=srv1");
            site.ok("--zone=public", "--remove-service=dhcpv6-client");
            return site;
        } catch (Exception | Error e) {
            try (Netns s = server; Netns a = c1; Netns b = c2; Listener.Running l = listeners) {
                throw e;
            }
        }
    }

    @Test
    void publicWithOnlySshAdmitsSshAndRejectsHttp() throws Exception {
        try (Site site = site("zssh")) {
            assertEquals(new ExecResult(0, "ssh\n", ""), site.daemon().cmd("--zone=public", "--list-services"));
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client1(), SERVER_1, 22), "ssh");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.client1(), SERVER_1, 80),
                    "http is rejected with admin-prohibited: No route to host");
        }
    }

    @Test
    void richRuleAdmitsHttpFromOneSubnetOnly() throws Exception {
        try (Site site = site("zrich")) {
            site.ok("--zone=public",
                    "--add-rich-rule=rule family=\"ipv4\" source address=\"198.18.1.0/24\" service name=\"http\" accept");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client1(), SERVER_1, 80), "from 198.18.1.0/24");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.client2(), SERVER_2, 80), "from 198.18.2.0/24");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client2(), SERVER_2, 22), "ssh from the other");
        }
    }

    @Test
    void permanentChangeTakesEffectOnlyAfterReload() throws Exception {
        try (Site site = site("zperm")) {
            site.ok("--runtime-to-permanent");
            site.ok("--permanent", "--zone=public", "--add-service=http");
            assertEquals(Probe.Outcome.UNREACHABLE, site.probe(site.client1(), SERVER_1, 80), "before reload");
            site.ok("--reload");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client1(), SERVER_1, 80), "after reload");
            assertEquals(new ExecResult(0, "http ssh\n", ""), site.daemon().cmd("--zone=public", "--list-services"));
        }
    }

    @Test
    void panicCutsEverythingAndPanicOffRestores() throws Exception {
        try (Site site = site("zpanic")) {
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client1(), SERVER_1, 22), "before panic");
            site.ok("--panic-on");
            assertEquals(new ExecResult(0, "yes\n", ""), site.daemon().cmd("--query-panic"));
            assertEquals(Probe.Outcome.TIMEOUT, site.probe(site.client1(), SERVER_1, 22), "ssh in panic");
            assertEquals(Probe.Outcome.TIMEOUT, site.probe(site.client2(), SERVER_2, 80), "http in panic");
            site.ok("--panic-off");
            assertEquals(Probe.Outcome.CONNECTED, site.probe(site.client1(), SERVER_1, 22), "after panic");
        }
    }
}
