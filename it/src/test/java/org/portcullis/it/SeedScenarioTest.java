package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
 * The seed: outbound traffic of a host restricted with direct rules on interface enp3s0, enforced by the
 * kernel of a client namespace; a server namespace listens on 22, 443 and 80.
 */
class SeedScenarioTest {
    private static final String SERVER = "198.18.0.2";
    private static final String CLIENT = "198.18.0.1";
    private static final int TIMEOUT_MS = 2000;
    private static final String[][] SEED = {
        {"--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "0", "-o", "enp3s0", "-p", "tcp", "--dport", "22", "-j", "ACCEPT"},
        {"--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "1", "-o", "enp3s0", "-p", "tcp", "--dport", "443", "-j", "ACCEPT"},
        {"--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "100", "-o", "enp3s0", "-m", "state", "--state", "RELATED,ESTABLISHED", "-j", "ACCEPT"},
        {"--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "1000", "-o", "enp3s0", "-j", "DROP"},
    };
    private static final String ALL_RULES = """
            ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT
            ipv4 filter OUTPUT 1 -o enp3s0 -p tcp --dport 443 -j ACCEPT
            ipv4 filter OUTPUT 100 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT
            ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP
            """;

    @BeforeAll
    static void needsKernel() {
        KernelSupport.assumeKernel();
    }

    @Test
    void seedCommandsAreEnforcedAndSurviveARestart(@TempDir Path work) throws Exception {
        try (Netns client = Netns.create("pc-seed-c"); Netns server = Netns.create("pc-seed-s")) {
            Veth.connect(client, "enp3s0", CLIENT, server, "srv0", SERVER);
            try (Listener.Running listeners = Listener.start(server, "tcp:22", "tcp:443", "tcp:80");
                 PortcullisDaemon daemon = new PortcullisDaemon(client, work).start()) {
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", SERVER, 80, TIMEOUT_MS), "open before rules");
                for (String[] command : SEED) {
                    ExecResult r = daemon.cmd(command);
                    assertEquals(new ExecResult(0, "success\n", ""), r, String.join(" ", command));
                }
                assertEquals(new ExecResult(0, ALL_RULES, ""), daemon.cmd("--direct", "--get-all-rules"));
                assertSeedEnforced(client);

                assertEquals(new ExecResult(0, "success\n", ""), daemon.cmd("--runtime-to-permanent"));
                Path directXml = daemon.configDir().resolve("direct.xml");
                assertTrue(Files.exists(directXml));
                assertTrue(Files.readString(directXml).contains(
                        "<rule ipv=\"ipv4\" table=\"filter\" chain=\"OUTPUT\" priority=\"1000\">-o enp3s0 -j DROP</rule>"));

                assertEquals(0, daemon.stop(), daemon.log());
                assertFalse(client.exec("nft", "list", "ruleset").stdout().contains("portcullis"),
                        "tables removed on stop");
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", SERVER, 80, TIMEOUT_MS), "open after stop");

                daemon.start();
                assertEquals(new ExecResult(0, ALL_RULES, ""), daemon.cmd("--direct", "--get-all-rules"));
                assertSeedEnforced(client);
            }
        }
    }

    @Test
    void withoutTheEstablishedRuleTheHostsSshServerCannotAnswer(@TempDir Path work) throws Exception {
        try (Netns client = Netns.create("pc-seed-c"); Netns server = Netns.create("pc-seed-s")) {
            Veth.connect(client, "enp3s0", CLIENT, server, "srv0", SERVER);
            try (Listener.Running sshd = Listener.start(client, "tcp:22");
                 PortcullisDaemon daemon = new PortcullisDaemon(client, work).start()) {
                daemon.cmd(SEED[0]);
                daemon.cmd(SEED[1]);
                daemon.cmd(SEED[3]);
                // The peer's SYN reaches sshd; its SYN-ACK leaves from port 22 to the peer's ephemeral port
                // and only an ESTABLISHED rule lets it out.
                assertEquals(Probe.Outcome.TIMEOUT, Probe.run(server, "tcp", CLIENT, 22, TIMEOUT_MS));
                assertEquals(new ExecResult(0, "success\n", ""), daemon.cmd(SEED[2]));
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(server, "tcp", CLIENT, 22, TIMEOUT_MS));
            }
        }
    }

    private static void assertSeedEnforced(Netns client) {
        assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", SERVER, 22, TIMEOUT_MS), "ssh");
        assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", SERVER, 443, TIMEOUT_MS), "https");
        assertEquals(Probe.Outcome.TIMEOUT, Probe.run(client, "tcp", SERVER, 80, TIMEOUT_MS), "http hangs");
    }
}
