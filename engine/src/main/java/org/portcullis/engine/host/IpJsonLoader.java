package org.portcullis.engine.host;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.engine.MacAddress;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/**
 * Builds a host from the JSON output of {@code ip -j addr} (addresses, link type and link-layer address of
 * each interface) and {@code ip -j route} / {@code ip -j -6 route}.
 */
public final class IpJsonLoader {
    private IpJsonLoader() {
    }

    /** {@code routes6} may be null. */
    public static Host load(String name, String addrJson, String routes4, String routes6, PortRange ports, boolean forwarding) {
        List<NetInterface> ifaces = new ArrayList<>();
        for (Map<String, Object> link : objects(addrJson)) {
            List<InterfaceAddress> addrs = new ArrayList<>();
            Object info = link.get("addr_info");
            if (info instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> a && a.get("local") instanceof String local && a.get("prefixlen") instanceof Long len) {
                        addrs.add(new InterfaceAddress(address(local), len.intValue()));
                    }
                }
            }
            String ifname = String.valueOf(link.get("ifname"));
            String type = link.get("link_type") instanceof String t ? t : new NetInterface(ifname, List.of()).linkType();
            MacAddress mac = link.get("address") instanceof String a && MacAddress.isValid(a) ? MacAddress.parse(a) : null;
            ifaces.add(new NetInterface(ifname, addrs, type, mac));
        }
        List<Route> routes = new ArrayList<>();
        routes(routes4, false, routes);
        if (routes6 != null) {
            routes(routes6, true, routes);
        }
        return new Host(name, ifaces, routes, ports, forwarding);
    }

    private static void routes(String json, boolean v6, List<Route> out) {
        for (Map<String, Object> r : objects(json)) {
            if (r.get("type") instanceof String type && !type.equals("unicast")) {
                continue;
            }
            String dst = String.valueOf(r.get("dst"));
            IpPrefix prefix;
            try {
                prefix = dst.equals("default") ? IpPrefix.parse(v6 ? "::/0" : "0.0.0.0/0") : IpPrefix.parse(dst);
            } catch (IllegalArgumentException e) {
                throw new FirewallException(ErrorCode.INVALID_ADDR, "route destination " + dst);
            }
            IpAddress gw = r.get("gateway") instanceof String g ? address(g) : null;
            IpAddress src = r.get("prefsrc") instanceof String s ? address(s) : null;
            int metric = r.get("metric") instanceof Long m ? m.intValue() : 0;
            out.add(new Route(prefix, gw, String.valueOf(r.get("dev")), metric, src));
        }
    }

    private static IpAddress address(String text) {
        try {
            return IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.INVALID_ADDR, text);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(String json) {
        Object tree;
        try {
            tree = JsonTree.read(json);
        } catch (IOException e) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "ip -j output: " + e.getMessage());
        }
        if (!(tree instanceof List<?> list)) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "ip -j output is not a JSON array");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }
}
