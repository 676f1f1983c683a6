package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.portcullis.config.catalog.Catalog;
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.model.zone.ZoneTarget;

/**
 * Random zone configurations for {@code H} from the built-in catalog: interfaces {@code h0..h2} and source
 * addresses and networks of the lab bound to zones, each zone in use changed at random (target, services,
 * ports, protocols, source ports, ICMP blocks and inversion, forward, masquerade, forward ports to a local
 * port or to {@code R}, rich rules of every element and action), a default zone, LogDenied, policies (the
 * host's outbound traffic, from zone to zone, to the host), sometimes direct rules beside them (filter, nat,
 * raw, mangle) and rarely panic mode. Only what the
 * configuration layer accepts is kept: a change it refuses is left out, as firewall-cmd would refuse it.
 */
final class ZoneConfigGenerator {
    private static final List<String> ZONES = List.of("public", "work", "home", "internal", "dmz", "external",
            "trusted", "block", "drop");
    private static final List<String> SERVICES = List.of("ssh", "http", "https", "dns", "mdns", "http3",
            "samba-client", "mysql", "ftp");
    private static final List<String> PORTS = List.of("22/tcp", "80/tcp", "443/tcp", "8080/tcp", "53/udp",
            "5353/udp", "80-443/tcp", "1-1023/tcp", "5000-6000/udp", "8080/udp");
    private static final List<String> SOURCE_PORTS = List.of("32768-60999/tcp", "32768-60999/udp", "1-1023/tcp",
            "1024-65535/udp");
    private static final List<String> PROTOCOLS = List.of("tcp", "udp", "icmp", "ipv6-icmp");
    private static final List<String> ICMP_TYPES = List.of("echo-request", "echo-reply", "destination-unreachable",
            "port-unreachable", "communication-prohibited", "host-prohibited", "timestamp-request");
    private static final List<String> LOG_DENIED = List.of("off", "off", "all", "unicast", "broadcast", "multicast");
    private static final List<String> V4_SOURCES = List.of("198.18.0.3", "198.18.0.2/31", "198.18.0.0/24",
            "198.18.1.0/24", "198.18.1.2", "198.18.0.0/16");
    private static final List<String> V6_SOURCES = List.of("fd00:18::3", "fd00:18::/64", "fd00:18:1::/64",
            "fd00:18:1::2", "fd00:18::/48");
    private static final List<String> V4_DESTINATIONS = List.of("198.18.0.1", "198.18.1.1", "198.18.2.1",
            "198.18.1.2", "198.18.3.0/24", "198.18.0.0/16");
    private static final List<String> V6_DESTINATIONS = List.of("fd00:18::1", "fd00:18:1::1", "fd00:18:2::1",
            "fd00:18:1::2", "fd00:18:3::/64", "fd00:18::/48");
    private static final List<String> V4_REJECTS = List.of("icmp-host-prohibited", "icmp-port-unreachable",
            "icmp-admin-prohibited", "icmp-net-unreachable", "icmp-host-unreachable", "tcp-reset");
    private static final List<String> V6_REJECTS = List.of("icmp6-adm-prohibited", "icmp6-port-unreachable",
            "icmp6-addr-unreachable", "icmp6-no-route", "tcp-reset");
    private static final List<String[]> DIRECT = List.of(
            new String[] {"ipv4", "filter", "INPUT", "-p", "tcp", "--dport", "80", "-j", "DROP"},
            new String[] {"ipv4", "filter", "INPUT", "-s", "198.18.0.3", "-j", "REJECT"},
            new String[] {"ipv4", "filter", "INPUT", "-p", "icmp", "-j", "ACCEPT"},
            new String[] {"ipv4", "filter", "INPUT", "-p", "udp", "--dport", "53", "-j", "REJECT", "--reject-with", "icmp-port-unreachable"},
            new String[] {"ipv4", "filter", "OUTPUT", "-p", "tcp", "--dport", "443", "-j", "DROP"},
            new String[] {"ipv4", "filter", "OUTPUT", "-d", "198.18.1.0/24", "-j", "REJECT"},
            new String[] {"ipv4", "filter", "FORWARD", "-i", "h0", "-o", "h1", "-j", "DROP"},
            new String[] {"ipv4", "filter", "FORWARD", "-p", "tcp", "--dport", "22", "-j", "ACCEPT"},
            new String[] {"ipv4", "filter", "FORWARD", "-j", "REJECT", "--reject-with", "icmp-host-unreachable"},
            new String[] {"ipv6", "filter", "INPUT", "-p", "tcp", "--dport", "22", "-j", "REJECT"},
            new String[] {"ipv6", "filter", "INPUT", "-p", "ipv6-icmp", "--icmpv6-type", "echo-request", "-j", "REJECT",
                "--reject-with", "icmp6-adm-prohibited"},
            new String[] {"ipv6", "filter", "FORWARD", "-p", "udp", "-j", "DROP"},
            new String[] {"ipv6", "filter", "OUTPUT", "-p", "ipv6-icmp", "-j", "ACCEPT"},
            new String[] {"ipv4", "nat", "PREROUTING", "-p", "tcp", "--dport", "8080", "-j", "DNAT", "--to-destination", "198.18.3.2:80"},
            new String[] {"ipv4", "nat", "POSTROUTING", "-o", "h2", "-j", "MASQUERADE"},
            new String[] {"ipv4", "nat", "OUTPUT", "-p", "tcp", "-d", "198.18.1.2", "-j", "DNAT", "--to-destination", "198.18.3.2"},
            new String[] {"ipv4", "raw", "PREROUTING", "-p", "udp", "--dport", "5353", "-j", "NOTRACK"},
            new String[] {"ipv4", "mangle", "PREROUTING", "-p", "tcp", "-j", "MARK", "--set-mark", "0x7"});

    private final Random random;
    private final Catalog stock = CatalogLoader.load(null, null);

    ZoneConfigGenerator(Random random) {
        this.random = random;
    }

    ZoneSetup next() {
        SortedMap<String, Zone> zones = new TreeMap<>(stock.zones());
        String defaultZone = random.nextInt(10) < 6 ? "public" : pick(ZONES);
        List<String> used = new ArrayList<>(List.of(defaultZone));
        if (random.nextInt(8) == 0) {
            String name = pick(ZONES);
            zones.put(name, zones.get(name).withInterface("h+"));
            used.add(name);
        }
        for (Node peer : Node.peers()) {
            if (random.nextInt(4) != 0) {
                String name = pick(ZONES);
                zones.put(name, zones.get(name).withInterface(peer.hostIf()));
                used.add(name);
            }
        }
        List<String> sources = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            String source = random.nextInt(5) == 0 ? Node.P.mac() : random.nextBoolean() ? pick(V4_SOURCES) : pick(V6_SOURCES);
            if (!sources.contains(source)) {
                sources.add(source);
                String name = pick(ZONES);
                zones.put(name, zones.get(name).withSource(ZoneSource.parse(source)));
                used.add(name);
            }
        }
        for (String name : used.stream().distinct().toList()) {
            zones.put(name, change(zones.get(name)));
        }
        SortedMap<String, Policy> policies = new TreeMap<>(stock.policies());
        for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            Policy p = policy("p" + i, used);
            if (p != null) {
                policies.put(p.name(), p);
            }
        }
        Catalog catalog = new Catalog(stock.services(), stock.zones(), policies, List.of());
        ZoneSet zoneSet = new ZoneSet(catalog, zones, policies, defaultZone, random.nextInt(50) == 0, pick(LOG_DENIED));
        return new ZoneSetup(zoneSet, direct());
    }

    private Zone change(Zone z) {
        if (random.nextInt(4) == 0) {
            z = z.withTarget(pick(ZoneTarget.values()));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            String service = pick(SERVICES);
            z = attempt(z, x -> x.services().contains(service) && random.nextBoolean() ? x.withoutService(service) : x.withService(service));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            z = attempt(z, x -> x.withPort(Port.parse(pick(PORTS))));
        }
        if (random.nextInt(6) == 0) {
            z = attempt(z, x -> x.withProtocol(pick(PROTOCOLS)));
        }
        if (random.nextInt(6) == 0) {
            z = attempt(z, x -> x.withSourcePort(Port.parse(pick(SOURCE_PORTS))));
        }
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            z = attempt(z, x -> x.withIcmpBlock(pick(ICMP_TYPES)));
        }
        if (random.nextInt(6) == 0) {
            z = z.withIcmpBlockInversion(!z.icmpBlockInversion());
        }
        if (random.nextInt(4) == 0) {
            z = z.withForward(!z.forward());
        }
        if (random.nextInt(5) == 0) {
            z = z.withMasquerade(!z.masquerade());
        }
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            z = attempt(z, x -> x.withForwardPort(forwardPort()));
        }
        for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
            RichRule rule = richRule();
            if (rule != null) {
                z = attempt(z, x -> x.withRichRule(rule));
            }
        }
        return z;
    }

    /** A forward port between listened ports: to another local port, or to {@code R} (same or other port). */
    private ForwardPort forwardPort() {
        boolean tcp = random.nextInt(3) != 0;
        int[] ports = tcp ? ZoneConn.TCP_PORTS : ZoneConn.UDP_PORTS;
        int at = random.nextInt(ports.length);
        String toAddr = random.nextInt(3) == 0 ? "" : Node.R.addr(random.nextInt(3) == 0);
        int to = toAddr.isEmpty() ? (at + 1 + random.nextInt(ports.length - 1)) % ports.length : random.nextInt(ports.length);
        String toPort = !toAddr.isEmpty() && random.nextInt(3) == 0 ? "" : Integer.toString(ports[to]);
        return ForwardPort.of(Integer.toString(ports[at]), tcp ? "tcp" : "udp", toPort, toAddr);
    }

    /** A rich rule the parser accepts, or null. */
    private RichRule richRule() {
        StringBuilder sb = new StringBuilder("rule");
        if (random.nextInt(3) == 0) {
            sb.append(" priority=\"").append(pick(-5, -1, 1, 3)).append('"');
        }
        String family = pick(null, "ipv4", "ipv4", "ipv6");
        boolean v6 = "ipv6".equals(family);
        if (family != null) {
            sb.append(" family=\"").append(family).append('"');
            if (random.nextInt(3) == 0) {
                sb.append(" source").append(random.nextInt(4) == 0 ? " NOT" : "").append(" address=\"")
                        .append(pick(v6 ? V6_SOURCES : V4_SOURCES)).append('"');
            }
            if (random.nextInt(4) == 0) {
                sb.append(" destination").append(random.nextInt(4) == 0 ? " NOT" : "").append(" address=\"")
                        .append(pick(v6 ? V6_DESTINATIONS : V4_DESTINATIONS)).append('"');
            }
        } else if (random.nextInt(8) == 0) {
            sb.append(" source mac=\"").append(Node.P.mac()).append('"');
        }
        boolean needsAction = true;
        switch (random.nextInt(12)) {
            case 0, 1 -> sb.append(" service name=\"").append(pick(SERVICES)).append('"');
            case 2, 3 -> {
                Port p = Port.parse(pick(PORTS));
                sb.append(" port port=\"").append(p.range()).append("\" protocol=\"").append(p.protocol().text()).append('"');
            }
            case 4 -> sb.append(" protocol value=\"").append(pick(PROTOCOLS)).append('"');
            case 5 -> sb.append(" icmp-type name=\"").append(pick(ICMP_TYPES)).append('"');
            case 6 -> {
                sb.append(" icmp-block name=\"").append(pick(ICMP_TYPES)).append('"');
                needsAction = false;
            }
            case 7 -> {
                Port p = Port.parse(pick(SOURCE_PORTS));
                sb.append(" source-port port=\"").append(p.range()).append("\" protocol=\"").append(p.protocol().text()).append('"');
            }
            case 8 -> {
                sb.append(" masquerade");
                needsAction = false;
            }
            case 9 -> {
                ForwardPort f = forwardPort();
                sb.append(" forward-port port=\"").append(f.port()).append("\" protocol=\"").append(f.protocol().text())
                        .append('"');
                f.toPort().ifPresent(p -> sb.append(" to-port=\"").append(p).append('"'));
                f.toAddr().ifPresent(a -> sb.append(" to-addr=\"").append(Node.R.addr(v6)).append('"'));
                needsAction = false;
            }
            case 10 -> {
                sb.append(" tcp-mss-clamp");
                needsAction = false;
            }
            default -> {
            }
        }
        switch (random.nextInt(8)) {
            case 0, 1 -> sb.append(" log prefix=\"t").append(random.nextInt(10)).append(" \" level=\"")
                    .append(pick("info", "warning", "debug")).append('"');
            case 2 -> sb.append(" nflog group=\"").append(random.nextInt(3)).append('"');
            default -> {
            }
        }
        if (random.nextInt(10) == 0) {
            sb.append(" audit");
        }
        if (needsAction) {
            switch (random.nextInt(7)) {
                case 0, 1 -> sb.append(" accept").append(random.nextInt(4) == 0 ? " limit value=\"20/m\"" : "");
                case 2 -> sb.append(" drop");
                case 3, 4 -> {
                    sb.append(" reject");
                    if (family != null && random.nextBoolean()) {
                        sb.append(" type=\"").append(pick(v6 ? V6_REJECTS : V4_REJECTS)).append('"');
                    }
                }
                case 5 -> sb.append(" mark set=\"").append(pick("0x7", "0x100/0xff00")).append('"');
                default -> {
                }
            }
        }
        try {
            return RichRuleParser.parse(sb.toString());
        } catch (FirewallException e) {
            return null;
        }
    }

    /** A policy for the host's own outbound traffic or from one zone in use to another, or null. */
    private Policy policy(String name, List<String> used) {
        boolean outbound = random.nextBoolean();
        String ingress = outbound ? Policy.HOST : random.nextInt(4) == 0 ? Policy.ANY : pick(used);
        String egress = outbound ? Policy.ANY : switch (random.nextInt(5)) {
            case 0 -> Policy.ANY;
            case 1 -> Policy.HOST;
            default -> pick(used);
        };
        PolicyTarget target = pick(PolicyTarget.values());
        int priority = pick(-10, -1, 1, 10);
        try {
            Policy p = Policy.empty(name).withTarget(target).withPriority(priority).withIngressZone(ingress).withEgressZone(egress);
            for (int i = random.nextInt(3); i > 0; i--) {
                String service = pick(SERVICES);
                p = attemptPolicy(p, x -> x.withService(service, name));
            }
            for (int i = random.nextInt(2); i > 0; i--) {
                p = attemptPolicy(p, x -> x.withPort(Port.parse(pick(PORTS)), name));
            }
            if (random.nextInt(4) == 0) {
                p = attemptPolicy(p, x -> x.withIcmpBlock(pick(ICMP_TYPES), name));
            }
            if (!outbound && random.nextInt(5) == 0) {
                p = attemptPolicy(p, x -> x.withMasquerade(true, name));
            }
            for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
                RichRule rule = richRule();
                if (rule != null) {
                    p = attemptPolicy(p, x -> x.withRichRule(rule, name));
                }
            }
            return p;
        } catch (FirewallException e) {
            return null;
        }
    }

    private DirectConfig direct() {
        List<DirectRule> rules = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            String[] d = DIRECT.get(random.nextInt(DIRECT.size()));
            rules.add(new DirectRule(Ipv.fromWord(d[0]).orElseThrow(), d[1], d[2], random.nextInt(3),
                    List.of(d).subList(3, d.length)));
        }
        return DirectConfig.of(List.of(), rules.stream().distinct().toList(), List.of());
    }

    private static Zone attempt(Zone z, UnaryOperator<Zone> change) {
        try {
            return change.apply(z);
        } catch (FirewallException e) {
            return z;
        }
    }

    private static Policy attemptPolicy(Policy p, UnaryOperator<Primitives> change) {
        try {
            return p.with(change);
        } catch (FirewallException e) {
            return p;
        }
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
