package org.portcullis.config.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneTarget;

class BuiltinsTest {
    private static final List<String> REQUIRED = List.of("ssh", "http", "https", "dns", "dhcp", "dhcpv6",
            "dhcpv6-client", "mdns", "samba", "samba-client", "ntp", "cockpit", "ftp", "smtp", "smtps", "submission",
            "imap", "imaps", "pop3", "pop3s", "ldap", "ldaps", "kerberos", "mysql", "postgresql", "redis", "mongodb",
            "nfs", "rpc-bind", "mountd", "snmp", "syslog", "telnet", "tftp", "vnc-server", "rdp", "http3",
            "kube-apiserver", "etcd-client", "prometheus", "openvpn", "wireguard", "ipp", "ipp-client", "squid", "sip");

    private final Map<String, Service> services = Builtins.services().stream()
            .collect(Collectors.toMap(Service::name, s -> s));

    @Test
    void catalogHoldsTheCommonServices() {
        assertTrue(services.size() >= 45, "only " + services.size());
        for (String name : REQUIRED) {
            assertTrue(services.containsKey(name), name);
        }
    }

    @Test
    void everyServiceOpensSomethingAndIncludesOnlyKnownServices() {
        for (Service s : services.values()) {
            assertFalse(s.shortDescription().isEmpty(), s.name());
            assertFalse(s.ports().isEmpty() && s.protocols().isEmpty() && s.includes().isEmpty(), s.name());
            s.includes().forEach(i -> assertTrue(services.containsKey(i), s.name() + " includes " + i));
        }
    }

    @Test
    void wellKnownPortsAreRight() {
        assertEquals(List.of(Port.parse("22/tcp")), services.get("ssh").ports());
        assertEquals(List.of(Port.parse("53/tcp"), Port.parse("53/udp")), services.get("dns").ports());
        assertEquals(List.of(Port.parse("546/udp")), services.get("dhcpv6-client").ports());
        assertEquals(Optional.of("fe80::/64"), services.get("dhcpv6-client").destinationIpv6());
        assertEquals(List.of(Port.parse("443/udp")), services.get("http3").ports());
        assertEquals(List.of(Port.parse("5900-5903/tcp")), services.get("vnc-server").ports());
        assertEquals(List.of("samba-client"), services.get("samba").includes());
        assertEquals(List.of("ftp"), services.get("ftp").helpers());
    }

    @Test
    void stockZonesMatchFirewalldsTable() {
        Map<String, Zone> zones = Builtins.zones().stream().collect(Collectors.toMap(Zone::name, z -> z));
        assertEquals(List.of("block", "dmz", "drop", "external", "home", "internal", "public", "trusted", "work"),
                zones.keySet().stream().sorted().toList());
        assertEquals(ZoneTarget.REJECT, zones.get("block").target());
        assertEquals(ZoneTarget.DROP, zones.get("drop").target());
        assertEquals(ZoneTarget.ACCEPT, zones.get("trusted").target());
        assertEquals(List.of("ssh", "dhcpv6-client"), zones.get("public").services());
        assertEquals(List.of("ssh", "mdns", "samba-client", "dhcpv6-client"), zones.get("home").services());
        assertEquals(List.of("ssh", "mdns", "samba-client", "dhcpv6-client"), zones.get("internal").services());
        assertEquals(List.of("ssh"), zones.get("dmz").services());
        assertTrue(zones.get("external").masquerade());
        assertFalse(zones.get("public").masquerade());
        zones.values().forEach(z -> assertTrue(z.forward(), z.name()));
        zones.values().forEach(z -> z.services().forEach(s -> assertTrue(services.containsKey(s), s)));
        assertEquals("public", Builtins.defaultZone());
    }

    @Test
    void allowHostIpv6Policy() {
        Policy p = Builtins.policies().getFirst();
        assertEquals("allow-host-ipv6", p.name());
        assertEquals(-15000, p.priority());
        assertEquals(PolicyTarget.CONTINUE, p.target());
        assertEquals(List.of("ANY"), p.ingressZones());
        assertEquals(List.of("HOST"), p.egressZones());
        assertEquals(List.of(
                "rule family=\"ipv6\" icmp-type name=\"neighbour-advertisement\" accept",
                "rule family=\"ipv6\" icmp-type name=\"neighbour-solicitation\" accept",
                "rule family=\"ipv6\" icmp-type name=\"router-advertisement\" accept",
                "rule family=\"ipv6\" icmp-type name=\"redirect\" accept"),
                p.richRules().stream().map(Object::toString).toList());
    }
}
