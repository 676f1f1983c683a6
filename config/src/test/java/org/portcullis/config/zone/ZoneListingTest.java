package org.portcullis.config.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.portcullis.config.catalog.Builtins;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.model.zone.ZoneTarget;

class ZoneListingTest {

    private static Zone stock(String name) {
        return Builtins.zones().stream().filter(z -> z.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void stockPublicZoneWithNothingBound() {
        assertEquals("""
                public
                  target: default
                  icmp-block-inversion: no
                  interfaces:\s
                  sources:\s
                  services: dhcpv6-client ssh
                  ports:\s
                  protocols:\s
                  forward: yes
                  masquerade: no
                  forward-ports:\s
                  source-ports:\s
                  icmp-blocks:\s
                  rich rules:\s
                """, ZoneListing.listAll(stock("public"), true, false));
    }

    @Test
    void activeZoneAfterChanges() throws Exception {
        Zone z = stock("public")
                .withInterface("veth1")
                .withInterface("eth0")
                .withSource(ZoneSource.parse("198.18.0.0/15"))
                .withService("http")
                .withPort(Port.parse("8080/tcp"))
                .withPort(Port.parse("53/udp"))
                .withProtocol("gre")
                .withProtocol("esp")
                .withMasquerade(true)
                .withForwardPort(ForwardPort.parse("port=11:proto=tcp:toport=22"))
                .withForwardPort(ForwardPort.parse("port=33:proto=udp:toaddr=198.18.0.9"))
                .withSourcePort(Port.parse("1024-2048/udp"))
                .withIcmpBlock("echo-request")
                .withIcmpBlock("echo-reply")
                .withRichRule(RichRuleParser.parse("rule priority=5 family=ipv4 source address=198.18.1.0/24 drop"))
                .withRichRule(RichRuleParser.parse("rule family=ipv4 source address=198.18.0.0/24 service name=http accept"))
                .withRichRule(RichRuleParser.parse("rule priority=-3 service name=ftp log prefix=ftp accept"))
                .withTarget(ZoneTarget.REJECT);
        assertEquals("""
                public (active)
                  target: %%REJECT%%
                  icmp-block-inversion: no
                  interfaces: eth0 veth1
                  sources: 198.18.0.0/15
                  services: dhcpv6-client http ssh
                  ports: 8080/tcp 53/udp
                  protocols: esp gre
                  forward: yes
                  masquerade: yes
                  forward-ports:\s
                \tport=11:proto=tcp:toport=22:toaddr=
                \tport=33:proto=udp:toport=:toaddr=198.18.0.9
                  source-ports: 1024-2048/udp
                  icmp-blocks: echo-request echo-reply
                  rich rules:\s
                \trule priority="-3" service name="ftp" log prefix="ftp" accept
                \trule family="ipv4" source address="198.18.0.0/24" service name="http" accept
                \trule priority="5" family="ipv4" source address="198.18.1.0/24" drop
                """, ZoneListing.listAll(z, false, true));
    }

    @Test
    void stockZonesListTheirTargets() {
        assertEquals("  target: %%REJECT%%", ZoneListing.listAll(stock("block"), false, false).lines().toList().get(1));
        assertEquals("  target: DROP", ZoneListing.listAll(stock("drop"), false, false).lines().toList().get(1));
        assertEquals("  target: ACCEPT", ZoneListing.listAll(stock("trusted"), false, false).lines().toList().get(1));
        assertEquals("  masquerade: yes", ZoneListing.listAll(stock("external"), false, false).lines().toList().get(9));
    }
}
