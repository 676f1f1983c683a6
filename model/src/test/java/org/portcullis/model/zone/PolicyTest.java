package org.portcullis.model.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class PolicyTest {

    @Test
    void newPolicyContinuesAtPriorityMinusOne() {
        Policy p = Policy.empty("out");
        assertEquals(PolicyTarget.CONTINUE, p.target());
        assertEquals(-1, p.priority());
    }

    @Test
    void priorityZeroIsReservedForZones() {
        FirewallException e = assertThrows(FirewallException.class, () -> Policy.empty("out").withPriority(0));
        assertEquals(ErrorCode.INVALID_PRIORITY, e.code());
        assertEquals("Policy 'out': 0 is invalid priority. Must be in range [-32768, 32767]. "
                + "The following are reserved: [0]", e.detail());
        assertEquals(ErrorCode.INVALID_PRIORITY,
                assertThrows(FirewallException.class, () -> Policy.empty("out").withPriority(32768)).code());
    }

    @Test
    void symbolicZonesStandAlone() {
        Policy p = Policy.empty("out").withIngressZone("HOST").withEgressZone("ANY");
        assertEquals(List.of("HOST"), p.ingressZones());
        FirewallException e = assertThrows(FirewallException.class, () -> p.withEgressZone("public"));
        assertEquals(ErrorCode.INVALID_ZONE, e.code());
        FirewallException both = assertThrows(FirewallException.class,
                () -> Policy.empty("x").withIngressZone("HOST").withEgressZone("HOST"));
        assertEquals(ErrorCode.INVALID_ZONE, both.code());
        assertEquals("Policy 'x': 'HOST' can only appear in either ingress or egress zones, but not both",
                both.detail());
        assertEquals("Policy 'out': 'egress_zones' may only contain one of: many regular zones, ANY, or HOST",
                e.detail());
    }

    @Test
    void duplicatesNameThePolicy() {
        Policy p = Policy.empty("out").with(x -> x.withService("ssh", "out"));
        FirewallException e = assertThrows(FirewallException.class, () -> p.with(x -> x.withService("ssh", "out")));
        assertEquals("'ssh' already in 'out'", e.detail());
        assertEquals(ErrorCode.ALREADY_ENABLED, e.code());
        assertEquals(PolicyTarget.DROP, PolicyTarget.parse("DROP"));
        assertEquals(ErrorCode.INVALID_TARGET,
                assertThrows(FirewallException.class, () -> PolicyTarget.parse("default")).code());
    }
}
