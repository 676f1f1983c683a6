package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.Teardown;
import org.portcullis.testkit.Veth;

/**
 * The seed's outbound restriction written the firewalld-native way: a policy from HOST to ANY admitting
 * ssh and https, instead of direct rules. The host runs Portcullis (198.18.32.1, zone public) and listens
 * on 22; its peer (198.18.32.2) listens on 22, 443 and 80.
 */
class HostPolicyScenarioTest {
    private static final String HOST = "198.18.32.1";
    private static final String PEER = "198.18.32.2";
    private static final int TIMEOUT_MS = 1500;

    @TempDir
    Path work;

    @BeforeAll
    static void needsKernel() {
        KernelSupport.assumeKernel();
    }

    private static String hostOut(String target) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <policy target="%s">
                  <service name="ssh"/>
                  <service name="https"/>
                  <ingress-zone name="HOST"/>
                  <egress-zone name="ANY"/>
                </policy>
                """.formatted(target);
    }

    @Test
    void hostOutPolicyRestrictsWhatTheHostConnectsToButNotWhatItAnswers() throws Exception {
        try (Teardown t = new Teardown()) {
            Netns host = t.add(Netns.create("pc-hout-h"));
            Netns peer = t.add(Netns.create("pc-hout-p"));
            Veth.connect(host, "eth0", HOST, peer, "eth0", PEER);
            t.add(Listener.start(host, "tcp:22"));
            t.add(Listener.start(peer, "tcp:22", "tcp:443", "tcp:80"));
            PortcullisDaemon daemon = t.add(new PortcullisDaemon(host, work).start());
            daemon.ok("--zone=public", "--add-interface=eth0");
            daemon.ok("--runtime-to-permanent");
            assertEquals(Probe.Outcome.CONNECTED, probe(host, PEER, 80), "outbound http before the policy");

            daemon.writeConfig("policies/host-out.xml", hostOut("DROP"));
            daemon.ok("--reload");
            assertEquals(Probe.Outcome.CONNECTED, probe(host, PEER, 22), "outbound ssh");
            assertEquals(Probe.Outcome.CONNECTED, probe(host, PEER, 443), "outbound https");
            assertEquals(Probe.Outcome.TIMEOUT, probe(host, PEER, 80), "outbound http is dropped");
            assertEquals(Probe.Outcome.CONNECTED, probe(peer, HOST, 22),
                    "inbound ssh: the host's answers belong to an established connection");

            daemon.writeConfig("policies/host-out.xml", hostOut("REJECT"));
            daemon.ok("--reload");
            assertEquals(Probe.Outcome.UNREACHABLE, probe(host, PEER, 80), "outbound http is rejected");
            assertEquals(Probe.Outcome.CONNECTED, probe(host, PEER, 443), "outbound https still");
        }
    }

    private static Probe.Outcome probe(Netns from, String addr, int port) {
        return Probe.run(from, "tcp", addr, port, TIMEOUT_MS);
    }
}
