package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The kernel side of the zone differential test: {@code H} forwards between its links to {@code P},
 * {@code Q} and {@code R} (see {@link Node}), in IPv4 and IPv6. Every namespace listens on the case ports;
 * {@code H}, {@code P} and {@code Q} run a probe agent. What keeps one case's packets its own: fixed MAC
 * addresses with permanent neighbour entries (no ARP or neighbour discovery), no IPv6 link-local
 * addresses, duplicate address detection or router solicitations, a pause after setup for the multicast
 * listener reports of new addresses, no ICMP rate limit, no SYN-ACK retransmission. A peer's second
 * address is secondary (IPv4) or deprecated (IPv6), so that its answers come from its primary address.
 */
final class ZoneLab implements AutoCloseable {
    static final int TCP_TIMEOUT_MS = 1500;
    static final int DATAGRAM_TIMEOUT_MS = 400;
    /** Multicast listener reports of a new address are repeated for up to about two seconds. */
    private static final long SETTLE_MS = 3000;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<Node, Netns> ns = new EnumMap<>(Node.class);
    private final Map<Node, Agent> agents = new EnumMap<>(Node.class);
    private final NftablesBackend backend;

    ZoneLab() {
        try {
            for (Node n : Node.values()) {
                Netns created = keep(Netns.create("pc-z" + n.name().toLowerCase(Locale.ROOT)));
                ns.put(n, created);
                sysctl(created, "net.ipv4.icmp_ratelimit=0", "net.ipv6.icmp.ratelimit=0", "net.ipv4.tcp_synack_retries=0",
                        "net.ipv4.ping_group_range=0 2147483647", "net.ipv4.conf.all.rp_filter=0",
                        "net.ipv4.conf.default.rp_filter=0");
                for (String scope : List.of("all", "default")) {
                    sysctl(created, "net.ipv6.conf." + scope + ".addr_gen_mode=1", "net.ipv6.conf." + scope + ".accept_dad=0",
                            "net.ipv6.conf." + scope + ".accept_ra=0", "net.ipv6.conf." + scope + ".router_solicitations=0");
                }
            }
            Netns h = ns.get(Node.H);
            sysctl(h, "net.ipv4.ip_forward=1", "net.ipv6.conf.all.forwarding=1", "net.ipv6.conf.default.forwarding=1");
            for (Node peer : Node.peers()) {
                link(h, ns.get(peer), peer);
            }
            h.exec("ip", "addr", "add", Node.HOST_LO4 + "/32", "dev", "lo").orThrow("address on lo");
            h.exec("ip", "-6", "addr", "add", Node.HOST_LO6 + "/128", "dev", "lo", "nodad").orThrow("address on lo");
            List<String> specs = new ArrayList<>();
            for (int port : ZoneConn.TCP_PORTS) {
                specs.add("tcp:" + port);
            }
            for (int port : ZoneConn.UDP_PORTS) {
                specs.add("udp:" + port);
            }
            for (Node n : Node.values()) {
                keep(Listener.start(ns.get(n), specs.toArray(String[]::new)));
                if (n != Node.R) {
                    agents.put(n, keep(Agent.start(ns.get(n))));
                }
            }
            backend = keep(new NftablesBackend(ProcessNftRunner.inNetns(h.name())));
            Thread.sleep(SETTLE_MS);
        } catch (RuntimeException e) {
            close();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while setting up the zone lab", e);
        }
    }

    private static void link(Netns h, Netns peer, Node n) {
        Veth.connect(h, n.hostIf(), n.hostAddr(false), peer, n.ifname(), n.addr(false));
        h.exec("ip", "link", "set", n.hostIf(), "address", n.hostMac()).orThrow("MAC of " + n.hostIf());
        peer.exec("ip", "link", "set", n.ifname(), "address", n.mac()).orThrow("MAC of " + n.ifname());
        h.exec("ip", "-6", "addr", "add", n.hostAddr(true) + "/64", "dev", n.hostIf(), "nodad").orThrow("IPv6 address of H");
        peer.exec("ip", "-6", "addr", "add", n.addr(true) + "/64", "dev", n.ifname(), "nodad").orThrow("IPv6 address of " + n);
        for (boolean v6 : new boolean[] {false, true}) {
            String family = v6 ? "-6" : "-4";
            if (n.extra(v6) != null) {
                List<String> add = new ArrayList<>(List.of("ip", family, "addr", "add", n.extra(v6) + (v6 ? "/64" : "/24"),
                        "dev", n.ifname()));
                if (v6) {
                    add.addAll(List.of("nodad", "preferred_lft", "0"));
                }
                peer.exec(add.toArray(String[]::new)).orThrow("second address of " + n);
                h.exec("ip", family, "neigh", "replace", n.extra(v6), "lladdr", n.mac(), "dev", n.hostIf(), "nud", "permanent")
                        .orThrow("neighbour " + n.extra(v6));
            }
            h.exec("ip", family, "neigh", "replace", n.addr(v6), "lladdr", n.mac(), "dev", n.hostIf(), "nud", "permanent")
                    .orThrow("neighbour " + n.addr(v6));
            peer.exec("ip", family, "neigh", "replace", n.hostAddr(v6), "lladdr", n.hostMac(), "dev", n.ifname(), "nud", "permanent")
                    .orThrow("neighbour " + n.hostAddr(v6));
            peer.exec("ip", family, "route", "add", "default", "via", n.hostAddr(v6), "dev", n.ifname())
                    .orThrow("default route of " + n);
        }
    }

    private <T extends AutoCloseable> T keep(T r) {
        resources.add(r);
        return r;
    }

    private static void sysctl(Netns n, String... settings) {
        for (String s : settings) {
            n.exec("sysctl", "-q", "-w", s).orThrow("sysctl " + s + " in " + n);
        }
    }

    /** The engine's model of {@code H}. */
    static Host hostModel() {
        StringBuilder sb = new StringBuilder("name H\nforwarding yes\n");
        sb.append("interface lo 127.0.0.1/8 ::1/128 ").append(Node.HOST_LO4).append("/32 ").append(Node.HOST_LO6).append("/128\n");
        for (Node n : Node.peers()) {
            sb.append("interface ").append(n.hostIf()).append(" ether ").append(n.hostMac()).append(' ')
                    .append(n.hostAddr(false)).append("/24 ").append(n.hostAddr(true)).append("/64\n");
        }
        return HostFile.parse(sb.toString());
    }

    /** Forgets every flow of the previous case, then installs {@code ruleset} in one transaction. */
    void prepare(Ruleset ruleset) throws BackendException {
        ns.get(Node.H).exec("conntrack", "-F", "-f", "ipv4");
        ns.get(Node.H).exec("conntrack", "-F", "-f", "ipv6");
        backend.apply(ruleset);
    }

    Probe.Outcome play(ZoneConn c) {
        return agents.get(c.client()).probe(c.probeLine(TCP_TIMEOUT_MS, DATAGRAM_TIMEOUT_MS));
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
