package org.portcullis.engine.host;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.engine.MacAddress;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/**
 * The host file format, one statement per line ({@code #} starts a comment):
 * <pre>
 * name base1
 * forwarding no
 * port-range 32768 60999
 * interface enp3s0 [ether 52:54:00:12:34:56 | loopback | none] 192.168.2.10/24 fd00::10/64
 * route default via 192.168.2.1 dev enp3s0 [metric 100] [src 192.168.2.10]
 * </pre>
 * An interface's link layer is not known unless given: {@code ether MAC} for Ethernet, {@code loopback},
 * or {@code none} (tunnels, WireGuard); {@code lo} is always the loopback.
 */
public final class HostFile {
    private HostFile() {
    }

    public static Host parse(String text) {
        String name = "host";
        boolean forwarding = false;
        PortRange ports = PortRange.DEFAULT;
        List<NetInterface> ifaces = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            int hash = raw.indexOf('#');
            String[] w = (hash < 0 ? raw : raw.substring(0, hash)).trim().split("\\s+");
            if (w[0].isEmpty()) {
                continue;
            }
            String where = "line " + lineNo + ": ";
            switch (w[0]) {
                case "name" -> name = arg(w, 1, where);
                case "forwarding" -> forwarding = bool(arg(w, 1, where), where);
                case "port-range" -> ports = ports(w, where);
                case "interface" -> ifaces.add(iface(w, where));
                case "route" -> routes.add(route(w, where));
                default -> throw new FirewallException(ErrorCode.PARSE_ERROR, where + "unknown statement " + w[0]);
            }
        }
        return new Host(name, ifaces, routes, ports, forwarding);
    }

    private static String arg(String[] w, int i, String where) {
        if (i >= w.length) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, where + w[0] + " needs more arguments");
        }
        return w[i];
    }

    private static boolean bool(String s, String where) {
        return switch (s) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw new FirewallException(ErrorCode.INVALID_VALUE, where + s);
        };
    }

    private static PortRange ports(String[] w, String where) {
        try {
            return new PortRange(Integer.parseInt(arg(w, 1, where)), Integer.parseInt(arg(w, 2, where)));
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.INVALID_PORT, where + e.getMessage());
        }
    }

    private static NetInterface iface(String[] w, String where) {
        String name = arg(w, 1, where);
        NetInterface bare = new NetInterface(name, List.of());
        String linkType = bare.linkType();
        MacAddress mac = bare.mac();
        List<InterfaceAddress> addrs = new ArrayList<>();
        for (int i = 2; i < w.length; i++) {
            if (w[i].equals(NetInterface.ETHER)) {
                linkType = NetInterface.ETHER;
                mac = mac(arg(w, ++i, where), where);
                continue;
            }
            if (w[i].equals(NetInterface.LOOPBACK) || w[i].equals("none")) {
                linkType = w[i];
                mac = w[i].equals(NetInterface.LOOPBACK) ? MacAddress.ZERO : null;
                continue;
            }
            try {
                addrs.add(InterfaceAddress.parse(w[i]));
            } catch (IllegalArgumentException e) {
                throw new FirewallException(ErrorCode.INVALID_ADDR, where + w[i]);
            }
        }
        return new NetInterface(name, addrs, linkType, mac);
    }

    private static MacAddress mac(String s, String where) {
        try {
            return MacAddress.parse(s);
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.INVALID_MAC, where + s);
        }
    }

    private static Route route(String[] w, String where) {
        String dst = arg(w, 1, where);
        IpAddress via = null;
        IpAddress src = null;
        String dev = null;
        int metric = 0;
        for (int i = 2; i < w.length; i += 2) {
            String v = arg(w, i + 1, where);
            switch (w[i]) {
                case "via" -> via = addr(v, where);
                case "src" -> src = addr(v, where);
                case "dev" -> dev = v;
                case "metric" -> metric = number(v, where);
                default -> throw new FirewallException(ErrorCode.PARSE_ERROR, where + "unknown route option " + w[i]);
            }
        }
        if (dev == null) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, where + "route needs dev");
        }
        boolean v6 = via != null ? via.v6() : src != null && src.v6();
        IpPrefix prefix;
        try {
            prefix = dst.equals("default") ? IpPrefix.parse(v6 ? "::/0" : "0.0.0.0/0") : IpPrefix.parse(dst);
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, where + dst);
        }
        return new Route(prefix, via, dev, metric, src);
    }

    private static IpAddress addr(String s, String where) {
        try {
            return IpAddress.parse(s);
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, where + s);
        }
    }

    private static int number(String s, String where) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new FirewallException(ErrorCode.INVALID_VALUE, where + s);
        }
    }
}
