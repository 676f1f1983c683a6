package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcullis.analysis.check.Scenarios.rule;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.portcullis.analysis.explain.RuleNamer;

class Ipv6EquivalentTest {

    private static Optional<String> v6(String v4) {
        return Ipv6Equivalent.of(rule(v4)).map(RuleNamer::words);
    }

    @Test
    void familyNeutralRulesKeepTheirArguments() {
        assertEquals(Optional.of("ipv6 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                v6("ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"));
    }

    @Test
    void icmpBecomesIcmpv6() {
        assertEquals(Optional.of("ipv6 filter INPUT 5 -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT"),
                v6("ipv4 filter INPUT 5 -p icmp --icmp-type echo-request -j ACCEPT"));
    }

    @Test
    void rejectTypesBecomeTheirIcmpv6Counterparts() {
        assertEquals(Optional.of("ipv6 filter OUTPUT 1000 -o enp3s0 -j REJECT --reject-with icmp6-adm-prohibited"),
                v6("ipv4 filter OUTPUT 1000 -o enp3s0 -j REJECT --reject-with icmp-admin-prohibited"));
        assertEquals(Optional.of("ipv6 filter OUTPUT 1000 -p tcp -j REJECT --reject-with tcp-reset"),
                v6("ipv4 filter OUTPUT 1000 -p tcp -j REJECT --reject-with tcp-reset"));
    }

    @Test
    void rulesNamingIpv4AddressesHaveNoEquivalent() {
        assertEquals(Optional.empty(), v6("ipv4 filter OUTPUT 0 -d 198.18.0.53 -p udp --dport 53 -j ACCEPT"));
        assertEquals(Optional.empty(), v6("ipv4 filter INPUT 0 -s 198.18.0.0/24,198.19.0.0/16 -j ACCEPT"));
        assertEquals(Optional.empty(), v6("ipv4 filter INPUT 0 -m iprange --src-range 198.18.0.1-198.18.0.9 -j ACCEPT"));
    }
}
