package org.portcullis.difftest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.InterfaceAddress;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.engine.host.PortRange;
import org.portcullis.engine.host.Route;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/**
 * Random packets for a dump, drawn half from the addresses, ports and interfaces its rules name and half at
 * random, each with an assumed ct state; and a forwarding host whose interfaces are those the dump names.
 * The packets are only simulated.
 */
final class DumpPackets {
    private static final int[] TCP_FLAGS = {TcpFlags.SYN, TcpFlags.ACK, TcpFlags.SYN | TcpFlags.ACK,
            TcpFlags.FIN | TcpFlags.ACK, TcpFlags.RST, TcpFlags.PSH | TcpFlags.ACK};
    private static final CtState[] STATES = {CtState.NEW, CtState.NEW, CtState.NEW, CtState.ESTABLISHED,
            CtState.ESTABLISHED, CtState.RELATED, CtState.INVALID, CtState.UNTRACKED};

    private final Random random;
    private final List<IpPrefix> prefixes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final List<String> ifaces = new ArrayList<>();
    private final Host host;

    /** A packet entering on {@code iif} (null: sent by the host itself) with an assumed ct state. */
    record Sample(Packet packet, String iif, CtState state) {
        @Override
        public String toString() {
            return packet + (iif == null ? " sent by the host" : " in on " + iif) + ", ct state " + state.nftName();
        }
    }

    DumpPackets(IptablesDump dump, Random random) {
        this.random = random;
        Set<String> names = new LinkedHashSet<>(List.of("eth0", "lo"));
        for (IptablesDump.Table t : dump.tables()) {
            for (IptablesDump.Line l : t.rules()) {
                List<String> a = l.args();
                for (int i = 0; i + 1 < a.size(); i++) {
                    String v = a.get(i + 1);
                    switch (a.get(i)) {
                        case "-s", "--source", "-d", "--destination", "--src-range", "--dst-range" -> addresses(v);
                        case "--dport", "--sport", "--dports", "--sports", "--destination-port", "--source-port",
                             "--to-ports", "--to-port" -> ports(v);
                        case "-i", "--in-interface", "-o", "--out-interface" ->
                                names.add(v.endsWith("+") ? v.substring(0, v.length() - 1) + "0" : v);
                        default -> {
                        }
                    }
                }
            }
        }
        ifaces.addAll(names);
        host = host(names);
    }

    private void addresses(String v) {
        for (String part : v.split(",")) {
            for (String end : part.split("-")) {
                try {
                    IpPrefix p = IpPrefix.parse(end);
                    if (!p.address().v6()) {
                        prefixes.add(p);
                    }
                } catch (IllegalArgumentException e) {
                    // a host name or other form: not an address source
                }
            }
        }
    }

    private void ports(String v) {
        for (String p : v.split("[,:-]")) {
            try {
                ports.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                // a service name
            }
        }
    }

    private Host host(Set<String> names) {
        IpAddress own = prefixes.stream().filter(IpPrefix::isHost).map(IpPrefix::address)
                .filter(a -> !a.toString().startsWith("127.")).findFirst().orElse(IpAddress.parse("192.0.2.10"));
        List<NetInterface> list = new ArrayList<>();
        int k = 0;
        for (String n : names) {
            InterfaceAddress ia = switch (n) {
                case "lo" -> InterfaceAddress.parse("127.0.0.1/8");
                case "eth0" -> new InterfaceAddress(own, 24);
                default -> InterfaceAddress.parse("10." + (++k % 250) + ".0.1/24");
            };
            list.add(new NetInterface(n, List.of(ia)));
        }
        IpAddress gw = IpAddress.v4((int) own.masked(24).lo() + (own.lo() % 256 == 254 ? 253 : 254));
        return new Host("dump", list, List.of(Route.defaultVia(gw, "eth0")), PortRange.DEFAULT, true);
    }

    Host host() {
        return host;
    }

    Sample next() {
        boolean fromHost = random.nextInt(3) == 0;
        IpAddress local = localAddress();
        IpAddress src = fromHost ? local : address();
        IpAddress dst = fromHost || random.nextInt(5) < 3 ? address() : local;
        int proto = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> IpProto.TCP;
            case 4, 5, 6 -> IpProto.UDP;
            case 7, 8 -> IpProto.ICMP;
            default -> 47;
        };
        Packet p = switch (proto) {
            case IpProto.TCP -> Packet.tcp(src, port(), dst, port(), TCP_FLAGS[random.nextInt(TCP_FLAGS.length)]);
            case IpProto.UDP -> Packet.udp(src, port(), dst, port());
            case IpProto.ICMP -> icmp(src, dst);
            default -> new Packet(src, dst, proto, 0, 0, 0, -1, -1, null, null, 0, 100, null);
        };
        return new Sample(p, fromHost ? null : ifaces.get(random.nextInt(ifaces.size())), STATES[random.nextInt(STATES.length)]);
    }

    private Packet icmp(IpAddress src, IpAddress dst) {
        return switch (random.nextInt(4)) {
            case 0 -> Packet.icmp(src, dst, 8, 0, random.nextInt(65536));
            case 1 -> Packet.icmp(src, dst, 0, 0, random.nextInt(65536));
            case 2 -> Packet.icmp(src, dst, 3, new int[] {1, 3, 4, 13}[random.nextInt(4)], 0);
            default -> Packet.icmp(src, dst, 11, 0, 0);
        };
    }

    private IpAddress localAddress() {
        List<NetInterface> list = host.interfaces();
        return list.get(random.nextInt(list.size())).addresses().getFirst().address();
    }

    private IpAddress address() {
        if (prefixes.isEmpty() || random.nextInt(3) == 0) {
            return IpAddress.v4(random.nextInt());
        }
        IpPrefix p = prefixes.get(random.nextInt(prefixes.size()));
        int hostBits = 32 - p.length();
        int mask = hostBits == 32 ? -1 : (1 << hostBits) - 1;
        return IpAddress.v4((int) p.address().lo() | (random.nextInt() & mask));
    }

    private int port() {
        if (!ports.isEmpty() && random.nextInt(5) < 3) {
            int base = ports.get(random.nextInt(ports.size()));
            return Math.clamp(base + (random.nextInt(5) == 0 ? random.nextInt(3) - 1 : 0), 1, 65535);
        }
        return 1 + random.nextInt(65535);
    }
}
