package org.portcullis.config.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.portcullis.config.catalog.Builtins;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Service;

class PolicyAndServiceListingTest {

    @Test
    void stockPolicy() {
        Policy p = Builtins.policies().getFirst();
        assertEquals("""
                allow-host-ipv6 (active)
                  priority: -15000
                  target: CONTINUE
                  ingress-zones: ANY
                  egress-zones: HOST
                  services:\s
                  ports:\s
                  protocols:\s
                  masquerade: no
                  forward-ports:\s
                  source-ports:\s
                  icmp-blocks:\s
                  rich rules:\s
                \trule family="ipv6" icmp-type name="neighbour-advertisement" accept
                \trule family="ipv6" icmp-type name="neighbour-solicitation" accept
                \trule family="ipv6" icmp-type name="router-advertisement" accept
                \trule family="ipv6" icmp-type name="redirect" accept
                """, PolicyListing.listAll(p));
        assertEquals("new\n", PolicyListing.listAll(Policy.empty("new")).lines().findFirst().orElseThrow() + "\n");
    }

    @Test
    void serviceInfo() {
        Service mdns = Builtins.services().stream().filter(s -> s.name().equals("mdns")).findFirst().orElseThrow();
        assertEquals("""
                mdns
                  ports: 5353/udp
                  protocols:\s
                  source-ports:\s
                  modules:\s
                  destination: ipv4:224.0.0.251 ipv6:ff02::fb
                  includes:\s
                  helpers:\s
                """, ServiceListing.info(mdns, false));
        assertEquals("  summary: " + mdns.shortDescription(), ServiceListing.info(mdns, true).lines().toList().get(1));
    }
}
