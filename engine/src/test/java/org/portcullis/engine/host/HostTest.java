package org.portcullis.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

class HostTest {
    static final Host HOST = HostFile.parse("""
            # a router
            name gw
            forwarding yes
            port-range 40000 40009
            interface lo 127.0.0.1/8
            interface eth0 198.18.0.1/24
            interface eth1 198.19.0.1/16
            route default via 198.18.0.254 dev eth0
            route 198.19.7.0/24 via 198.19.0.7 dev eth1 metric 5 src 198.19.0.1
            route 198.19.7.0/24 via 198.18.0.9 dev eth0 metric 10
            """);

    static RouteChoice route(String dst) {
        return HOST.route(IpAddress.parse(dst)).orElseThrow();
    }

    @Test
    void parsesTheFile() {
        assertEquals("gw", HOST.name());
        assertTrue(HOST.forwarding());
        assertEquals(new PortRange(40000, 40009), HOST.localPorts());
        assertEquals(3, HOST.interfaces().size());
        assertEquals(3, HOST.routes().size());
    }

    @Test
    void localAddressesGoToLo() {
        assertTrue(HOST.isLocal(IpAddress.parse("198.19.0.1")));
        assertTrue(HOST.isLocal(IpAddress.parse("127.0.0.53")));
        assertFalse(HOST.isLocal(IpAddress.parse("198.19.0.2")));
        assertTrue(route("198.18.0.1").local());
        assertEquals("lo", route("198.18.0.1").dev());
    }

    @Test
    void longestPrefixThenLowestMetric() {
        assertEquals("eth1", route("198.19.7.7").dev());
        assertEquals(IpAddress.parse("198.19.0.7"), route("198.19.7.7").gateway());
        assertEquals("eth1", route("198.19.8.1").dev());
        assertEquals(IpAddress.parse("198.19.0.1"), route("198.19.8.1").source());
        assertEquals("eth0", route("203.0.113.5").dev());
        assertEquals(IpAddress.parse("198.18.0.1"), route("203.0.113.5").source());
        assertTrue(HOST.route(IpAddress.parse("2001:db8::1")).isEmpty());
    }

    @Test
    void defaultsWhenTheFileIsSilent() {
        Host h = HostFile.parse("interface eth0 198.18.0.1/24\n");
        assertEquals(PortRange.DEFAULT, h.localPorts());
        assertFalse(h.forwarding());
    }

    @Test
    void badInputNamesTheError() {
        assertEquals(ErrorCode.PARSE_ERROR, assertThrows(FirewallException.class, () -> HostFile.parse("bogus 1")).code());
        assertEquals(ErrorCode.INVALID_ADDR,
                assertThrows(FirewallException.class, () -> HostFile.parse("interface eth0 300.1.1.1/24")).code());
        assertEquals(ErrorCode.INVALID_PORT,
                assertThrows(FirewallException.class, () -> HostFile.parse("port-range 9 1")).code());
        assertEquals(ErrorCode.PARSE_ERROR,
                assertThrows(FirewallException.class, () -> HostFile.parse("route default via 198.18.0.1")).code());
        assertEquals(ErrorCode.INVALID_VALUE,
                assertThrows(FirewallException.class, () -> HostFile.parse("route default dev x metric y")).code());
    }

    @Test
    void interfacesMayNameTheirLinkLayer() {
        Host h = HostFile.parse("""
                interface lo 127.0.0.1/8
                interface eth0 ether 52:54:00:AB:cd:01 198.18.0.1/24
                interface wg0 none 198.18.9.1/24
                interface tun0 198.18.8.1/24
                """);
        assertTrue(h.iface("lo").loopback());
        assertTrue(h.iface("eth0").ethernet());
        assertEquals("52:54:00:ab:cd:01", h.iface("eth0").mac().toString());
        assertEquals(1, h.iface("eth0").addresses().size());
        assertEquals("none", h.iface("wg0").linkType());
        assertEquals(null, h.iface("tun0").linkType());
        assertEquals(ErrorCode.INVALID_MAC, assertThrows(FirewallException.class,
                () -> HostFile.parse("interface eth0 ether 52:54:00\n")).code());
    }
}
