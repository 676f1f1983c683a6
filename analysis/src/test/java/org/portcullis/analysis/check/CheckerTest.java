package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.portcullis.analysis.check.Scenarios.DUAL;
import static org.portcullis.analysis.check.Scenarios.RESOLVER;
import static org.portcullis.analysis.check.Scenarios.check;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every check together: the seed done right warns about nothing; each omission is named by its own finding. */
class CheckerTest {
    private static final SshSession SESSION = SshSession.parse("198.51.100.7 50022 198.18.0.1 22");

    @Test
    void theFullSeedWithIpv6RulesAndDnsAllowedGivesNoWarning() {
        CheckReport r = check(Scenarios.fullSeed(), DUAL, List.of(RESOLVER), SESSION);
        assertEquals(List.of(), r.findings());
    }

    @Test
    void theSeedWithoutTheEstablishedRuleOnADualStackHostWarnsOfEachMistakeLockOutFirst() {
        CheckReport r = check(Scenarios.seed(false), DUAL, List.of(RESOLVER), SESSION);
        assertEquals(List.of("ssh-lockout", "replies-dropped", "dns-blocked", "ipv6-open"),
                r.findings().stream().map(Finding::kind).toList());
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        assertEquals(check(Scenarios.seed(false), DUAL, List.of(RESOLVER), SESSION).findings().stream().map(Finding::title).toList(),
                check(Scenarios.seed(false), DUAL, List.of(RESOLVER), SESSION).findings().stream().map(Finding::title).toList());
    }
}
