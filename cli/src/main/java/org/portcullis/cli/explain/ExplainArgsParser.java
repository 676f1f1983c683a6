package org.portcullis.cli.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.MacAddress;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.host.PortRange;

/** Parses {@code portcullis explain} arguments; every mistake is a {@link UsageException}. */
final class ExplainArgsParser {
    static final String USAGE = """
            usage: portcullis explain (--out [--oif IF] [--from ADDR[:PORT]]
                                      | --in [--iif IF] --from ADDR[:PORT] [--mac MAC]
                                      | --fwd [--iif IF] [--oif IF] --from ADDR[:PORT] [--mac MAC])
                                      [--ct-state new|established|related|invalid|untracked]
                                      [--icmp-type TYPE] PROTO ADDR[:PORT]
                   portcullis explain --connect [--from ADDR] [--oif IF] [--mac MAC] PROTO ADDR[:PORT]
              --mac: the sending peer's MAC address (for ether saddr matches, e.g. zones bound to a MAC)
                   portcullis explain --batch FILE   (one flow per line, written as the arguments above)
              PROTO: tcp, udp, icmp, icmpv6 (ports for tcp and udp only)
              ruleset: --config-dir DIR (laid out as /etc/firewalld) | --ruleset FILE (nft -j list ruleset)
                       | --runtime | --permanent (the running daemon's)
              host: --host FILE (default: this machine), --port-range LO-HI, --seed N
              output: --json""";

    private static final Set<String> FLAGS = Set.of("--out", "--in", "--fwd", "--connect", "--runtime", "--permanent", "--json");
    private static final Set<String> VALUED = Set.of("--iif", "--oif", "--from", "--ct-state", "--icmp-type",
            "--config-dir", "--ruleset", "--host", "--port-range", "--seed", "--mac");

    private ExplainArgsParser() {
    }

    static ExplainArgs parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        List<String> flags = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (FLAGS.contains(name)) {
                if (eq > 0) {
                    throw new UsageException(name + " takes no value");
                }
                if (flags.contains(name)) {
                    throw new UsageException(name + " given twice");
                }
                flags.add(name);
            } else if (VALUED.contains(name)) {
                String v = eq > 0 ? a.substring(eq + 1) : ++i < args.size() ? args.get(i) : null;
                if (v == null) {
                    throw new UsageException(name + " needs a value");
                }
                if (values.put(name, v) != null) {
                    throw new UsageException(name + " given twice");
                }
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                positional.add(a);
            }
        }
        return build(flags, values, positional);
    }

    private static ExplainArgs build(List<String> flags, Map<String, String> v, List<String> positional) {
        List<String> modes = flags.stream().filter(f -> Set.of("--out", "--in", "--fwd", "--connect").contains(f)).toList();
        if (modes.size() != 1) {
            throw new UsageException(modes.isEmpty() ? "one of --out, --in, --fwd or --connect is required"
                    : String.join(" and ", modes) + " exclude each other");
        }
        Mode mode = Mode.valueOf(modes.getFirst().substring(2).toUpperCase(Locale.ROOT));
        if (positional.size() != 2) {
            throw new UsageException("expected PROTO ADDR[:PORT], got " + (positional.isEmpty() ? "nothing" : String.join(" ", positional)));
        }
        int proto = protocol(positional.get(0));
        Endpoint to = Endpoint.parse(positional.get(1), "destination");
        Endpoint from = v.containsKey("--from") ? Endpoint.parse(v.get("--from"), "--from") : null;
        checkEndpoints(mode, proto, to, from);
        checkInterfaces(mode, v);
        CtState ct = ctState(mode, v.get("--ct-state"));
        int[] icmp = icmpType(mode, proto, v.get("--icmp-type"), to);
        List<String> sources = new ArrayList<>();
        for (String s : List.of("--config-dir", "--ruleset")) {
            if (v.containsKey(s)) {
                sources.add(s);
            }
        }
        flags.stream().filter(f -> f.equals("--runtime") || f.equals("--permanent")).forEach(sources::add);
        if (sources.size() > 1) {
            throw new UsageException(String.join(" and ", sources) + " exclude each other");
        }
        DaemonLayer layer = flags.contains("--permanent") ? DaemonLayer.PERMANENT
                : sources.isEmpty() || flags.contains("--runtime") ? DaemonLayer.RUNTIME : null;
        return new ExplainArgs(mode, proto, to, from, v.get("--iif"), v.get("--oif"), ct, icmp[0], icmp[1],
                path(v.get("--config-dir")), path(v.get("--ruleset")), layer, path(v.get("--host")),
                portRange(v.get("--port-range")), seed(v.get("--seed")), flags.contains("--json"), mac(mode, v.get("--mac")));
    }

    private static MacAddress mac(Mode mode, String text) {
        if (text == null) {
            return null;
        }
        if (mode == Mode.OUT) {
            throw new UsageException("--mac is for --in, --fwd and --connect: the host's own packets carry no peer's MAC");
        }
        if (!MacAddress.isValid(text)) {
            throw new UsageException("--mac " + text + " is not a MAC address (six hex pairs, e.g. 00:11:22:33:44:55)");
        }
        return MacAddress.parse(text);
    }

    private static int protocol(String word) {
        return switch (word) {
            case "tcp" -> IpProto.TCP;
            case "udp" -> IpProto.UDP;
            case "icmp" -> IpProto.ICMP;
            case "icmpv6" -> IpProto.ICMPV6;
            default -> throw new UsageException("unknown protocol '" + word + "' (tcp, udp, icmp or icmpv6)");
        };
    }

    private static void checkEndpoints(Mode mode, int proto, Endpoint to, Endpoint from) {
        boolean ports = IpProto.hasPorts(proto);
        if (ports && to.port() < 0) {
            throw new UsageException(IpProto.name(proto) + " needs a destination port: ADDR:PORT");
        }
        if (!ports && (to.port() >= 0 || from != null && from.port() >= 0)) {
            throw new UsageException(IpProto.name(proto) + " has no ports");
        }
        if (proto == IpProto.ICMP && to.address().v6() || proto == IpProto.ICMPV6 && !to.address().v6()) {
            throw new UsageException(IpProto.name(proto) + " does not go to " + to.address() + "; use "
                    + (to.address().v6() ? "icmpv6" : "icmp"));
        }
        if (from != null && from.address().v6() != to.address().v6()) {
            throw new UsageException("--from " + from.address() + " and " + to.address() + " are of different families");
        }
        if ((mode == Mode.IN || mode == Mode.FWD) && from == null) {
            throw new UsageException("--" + mode.name().toLowerCase(Locale.ROOT) + " needs --from ADDR[:PORT], the sender");
        }
        if (mode == Mode.CONNECT && from != null && from.port() >= 0) {
            throw new UsageException("--connect --from takes an address only: the peer's port is an ephemeral one");
        }
    }

    private static void checkInterfaces(Mode mode, Map<String, String> v) {
        if (v.containsKey("--iif") && (mode == Mode.OUT || mode == Mode.CONNECT)) {
            throw new UsageException("--iif is for --in and --fwd");
        }
        if (v.containsKey("--oif") && mode == Mode.IN) {
            throw new UsageException("--oif is for --out, --fwd and --connect");
        }
    }

    private static CtState ctState(Mode mode, String text) {
        if (text == null) {
            return CtState.NEW;
        }
        if (mode == Mode.CONNECT) {
            throw new UsageException("--ct-state is for single packets; --connect plays the flow from its start");
        }
        for (CtState s : CtState.values()) {
            if (s.nftName().equals(text)) {
                return s;
            }
        }
        throw new UsageException("unknown --ct-state '" + text + "' (new, established, related, invalid or untracked)");
    }

    private static int[] icmpType(Mode mode, int proto, String text, Endpoint to) {
        if (text == null) {
            return new int[] {-1, -1};
        }
        if (!IpProto.isIcmp(proto)) {
            throw new UsageException("--icmp-type needs protocol icmp or icmpv6");
        }
        if (mode == Mode.CONNECT) {
            throw new UsageException("--icmp-type is for single packets; --connect icmp plays an echo request and reply");
        }
        return IcmpTypeNames.parse(text, to.address().v6());
    }

    private static Path path(String text) {
        return text == null ? null : Path.of(text);
    }

    private static PortRange portRange(String text) {
        if (text == null) {
            return null;
        }
        String[] w = text.split("-", -1);
        if (w.length != 2) {
            throw new UsageException("--port-range '" + text + "': expected LO-HI");
        }
        int lo = Endpoint.port(w[0], "--port-range");
        int hi = Endpoint.port(w[1], "--port-range");
        if (lo > hi) {
            throw new UsageException("--port-range '" + text + "': LO is above HI");
        }
        return new PortRange(lo, hi);
    }

    private static Long seed(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed '" + text + "' is not a number");
        }
    }
}
