package org.portcullis.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

class IpJsonLoaderTest {
    static final String ADDR = """
            [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP"],"mtu":65536,"addr_info":[
              {"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host","label":"lo"},
              {"family":"inet6","local":"::1","prefixlen":128,"scope":"host"}]},
             {"ifindex":2,"ifname":"enp3s0","flags":["BROADCAST","UP"],"mtu":1500,"link_type":"ether","address":"52:54:00:12:34:56",
              "addr_info":[{"family":"inet","local":"198.18.0.1","prefixlen":24,"broadcast":"198.18.0.255"},
                           {"family":"inet6","local":"fe80::1","prefixlen":64,"scope":"link"}]}]
            """;
    static final String ROUTE4 = """
            [{"dst":"default","gateway":"198.18.0.254","dev":"enp3s0","protocol":"dhcp","prefsrc":"198.18.0.1","metric":100,"flags":[]},
             {"dst":"198.18.0.0/24","dev":"enp3s0","protocol":"kernel","scope":"link","prefsrc":"198.18.0.1","metric":100,"flags":[]},
             {"type":"broadcast","dst":"198.18.0.255","dev":"enp3s0","flags":[]}]
            """;
    static final String ROUTE6 = """
            [{"dst":"fe80::/64","dev":"enp3s0","protocol":"kernel","metric":256,"flags":[],"pref":"medium"}]
            """;

    @Test
    void loadsInterfacesAndRoutes() {
        Host h = IpJsonLoader.load("base1", ADDR, ROUTE4, ROUTE6, PortRange.DEFAULT, false);
        assertEquals(2, h.interfaces().size());
        assertEquals(new InterfaceAddress(IpAddress.parse("198.18.0.1"), 24), h.iface("enp3s0").addresses().get(0));
        assertEquals(3, h.routes().size());
        RouteChoice out = h.route(IpAddress.parse("203.0.113.9")).orElseThrow();
        assertEquals("enp3s0", out.dev());
        assertEquals(IpAddress.parse("198.18.0.254"), out.gateway());
        assertEquals(IpAddress.parse("198.18.0.1"), out.source());
        assertTrue(h.isLocal(IpAddress.parse("fe80::1")));
        assertTrue(h.iface("enp3s0").ethernet());
        assertEquals("52:54:00:12:34:56", h.iface("enp3s0").mac().toString());
        assertTrue(h.iface("lo").loopback());
    }

    @Test
    void rejectsGarbage() {
        assertEquals(ErrorCode.PARSE_ERROR, assertThrows(FirewallException.class,
                () -> IpJsonLoader.load("x", "{}", "[]", null, PortRange.DEFAULT, false)).code());
        assertEquals(ErrorCode.PARSE_ERROR, assertThrows(FirewallException.class,
                () -> IpJsonLoader.load("x", "[", "[]", null, PortRange.DEFAULT, false)).code());
        assertEquals(ErrorCode.INVALID_ADDR, assertThrows(FirewallException.class,
                () -> IpJsonLoader.load("x", "[]", "[{\"dst\":\"nonsense\",\"dev\":\"x\"}]", null, PortRange.DEFAULT, false)).code());
    }
}
