package org.portcullis.compile.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.nft.Family;

class ForwardingTest {

    private static Set<Family> needed(OracleConfigs configs) {
        return Forwarding.needed(ZoneCompiler.compile(configs.input()).ruleset());
    }

    @Test
    void anActiveMasqueradingZoneNeedsIpv4Forwarding() {
        assertEquals(Set.of(), needed(OracleConfigs.publicOnEnp3s0()), "no masquerading");
        assertEquals(Set.of(), needed(new OracleConfigs()), "external masquerades, but is not active");
        assertEquals(Set.of(Family.IP), needed(new OracleConfigs().zone("external", z -> z.withInterface("wan0"))));
    }

    @Test
    void aForwardPortNeedsTheForwardingOfItsTargetAddressOnly() {
        assertEquals(Set.of(), needed(OracleConfigs.publicOnEnp3s0().zone("public",
                z -> z.withForwardPort(ForwardPort.parse("port=8080:proto=tcp:toport=80")))), "a local redirect");
        assertEquals(Set.of(Family.IP), needed(OracleConfigs.publicOnEnp3s0().zone("public",
                z -> z.withForwardPort(ForwardPort.parse("port=2222:proto=tcp:toport=22:toaddr=198.18.0.9")))));
        assertEquals(Set.of(Family.IP6), needed(OracleConfigs.publicOnEnp3s0().zone("public", z -> z.withRichRule(
                RichRuleParser.parse("rule family=\"ipv6\" forward-port port=\"2222\" protocol=\"tcp\" "
                        + "to-port=\"22\" to-addr=\"2001:db8::9\"")))));
    }

    @Test
    void aRichMasqueradeNeedsItsFamilyOrBoth() {
        assertEquals(Set.of(Family.IP6), needed(OracleConfigs.publicOnEnp3s0().zone("public", z -> z.withRichRule(
                RichRuleParser.parse("rule family=\"ipv6\" source address=\"2001:db8::/64\" masquerade")))));
        assertEquals(Set.of(Family.IP, Family.IP6), needed(OracleConfigs.publicOnEnp3s0().zone("public",
                z -> z.withRichRule(RichRuleParser.parse("rule masquerade")))));
    }
}
