package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.backend.BackendException;
import org.portcullis.backend.NftablesBackend;
import org.portcullis.backend.nft.ProcessNftRunner;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.json.RulesetJsonReader;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.Veth;

/**
 * The kernel side of the differential test: namespace {@code H} (veth {@code h0} 198.18.0.1/24, and
 * 198.18.2.1/32 on {@code lo}, reached from the peer through {@code h0}) and its peer {@code P} (veth {@code p0} 198.18.0.2/24 and .3), both with
 * listeners on the case ports and a probe agent. IPv6 is off (no neighbour discovery to count), ICMP
 * errors are not rate limited and an unanswered SYN-ACK is not retransmitted, so nothing of one case
 * reaches the next.
 */
final class Lab implements AutoCloseable {
    static final String HOST = "198.18.0.1";
    static final String HOST_DUMMY = "198.18.2.1";
    static final String PEER = "198.18.0.2";
    static final String PEER_EXTRA = "198.18.0.3";
    static final int TCP_TIMEOUT_MS = 1500;
    static final int DATAGRAM_TIMEOUT_MS = 400;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Netns h;
    private final Netns p;
    private final NftablesBackend backend;
    private final Agent hostAgent;
    private final Agent peerAgent;

    Lab() {
        try {
            h = keep(Netns.create("pc-dh"));
            p = keep(Netns.create("pc-dp"));
            for (Netns ns : List.of(h, p)) {
                sysctl(ns, "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1",
                        "net.ipv4.icmp_ratelimit=0", "net.ipv4.tcp_synack_retries=0",
                        "net.ipv4.ping_group_range=0 2147483647");
            }
            Veth.connect(h, "h0", HOST, p, "p0", PEER);
            h.exec("ip", "addr", "add", HOST_DUMMY + "/32", "dev", "lo").orThrow("address on lo");
            p.exec("ip", "addr", "add", PEER_EXTRA + "/24", "dev", "p0").orThrow("second peer address");
            p.exec("ip", "route", "add", "198.18.2.0/24", "via", HOST).orThrow("route to d0");
            List<String> specs = new ArrayList<>();
            for (int port : Conn.TCP_PORTS) {
                specs.add("tcp:" + port);
            }
            for (int port : Conn.UDP_PORTS) {
                specs.add("udp:" + port);
            }
            keep(Listener.start(h, specs.toArray(String[]::new)));
            keep(Listener.start(p, specs.toArray(String[]::new)));
            hostAgent = keep(Agent.start(h));
            peerAgent = keep(Agent.start(p));
            backend = keep(new NftablesBackend(ProcessNftRunner.inNetns(h.name())));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private <T extends AutoCloseable> T keep(T r) {
        resources.add(r);
        return r;
    }

    private static void sysctl(Netns ns, String... settings) {
        for (String s : settings) {
            ns.exec("sysctl", "-q", "-w", s).orThrow("sysctl " + s + " in " + ns);
        }
    }

    /** The engine's model of {@code H}. */
    static Host hostModel() {
        return HostFile.parse("""
                name H
                interface lo 127.0.0.1/8 198.18.2.1/32
                interface h0 198.18.0.1/24
                """);
    }

    /** Forgets every flow of the previous case, then installs {@code ruleset} in one transaction. */
    void prepare(Ruleset ruleset) throws BackendException {
        h.exec("conntrack", "-F");
        backend.apply(ruleset);
    }

    Probe.Outcome play(Conn c) {
        String line = c.probeLine(TCP_TIMEOUT_MS, DATAGRAM_TIMEOUT_MS);
        return c.out() ? hostAgent.probe(line) : peerAgent.probe(line);
    }

    /** What {@code H} holds now, counters included. */
    Ruleset kernelRuleset() throws BackendException {
        return RulesetJsonReader.read(kernelJson());
    }

    String kernelJson() throws BackendException {
        return backend.runner().listRulesetJson();
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // keep closing the rest; namespaces are deleted last
            }
        }
        resources.clear();
    }
}
