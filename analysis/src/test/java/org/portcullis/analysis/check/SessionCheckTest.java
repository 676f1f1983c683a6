package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.analysis.check.Scenarios.DROP;
import static org.portcullis.analysis.check.Scenarios.DUAL;
import static org.portcullis.analysis.check.Scenarios.PERMANENT_ADD;
import static org.portcullis.analysis.check.Scenarios.check;
import static org.portcullis.analysis.check.Scenarios.findings;
import static org.portcullis.analysis.check.Scenarios.rule;
import static org.portcullis.analysis.check.Scenarios.seed;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.engine.Packet;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Hook;

/** The administrator's ssh session from SSH_CONNECTION, played as a running session and as a new login. */
class SessionCheckTest {
    private static final SshSession SESSION = SshSession.parse("198.51.100.7 50022 198.18.0.1 22");

    private static List<SessionLockout> lockouts(List<DirectRule> rules, SshSession s) {
        return findings(check(rules, DUAL, List.of(), s), SessionLockout.class);
    }

    private static List<DirectRule> seedWith(String... extra) {
        List<DirectRule> rules = new ArrayList<>(seed(true));
        for (String e : extra) {
            rules.add(rule(e));
        }
        return rules;
    }

    @Test
    void withoutTheEstablishedRuleTheSessionsPacketsToTheClientAreDropped() {
        List<SessionLockout> found = lockouts(seed(false), SESSION);
        assertEquals(1, found.size(), () -> found.stream().map(Finding::title).toList().toString());
        SessionLockout l = found.getFirst();
        assertTrue(l.current());
        assertEquals(1, l.flows().size());
        Packet p = l.flows().getFirst().packet().packet();
        assertEquals(IpAddress.parse("198.18.0.1"), p.src());
        assertEquals(22, p.sport());
        assertEquals(IpAddress.parse("198.51.100.7"), p.dst());
        assertEquals(50022, p.dport());
        assertEquals(DROP, l.flows().getFirst().decidedBy());
        assertEquals(Hook.OUTPUT, l.flows().getFirst().hook());
        assertEquals(List.of(PERMANENT_ADD + "ipv4 filter OUTPUT 0 -o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                l.fix().commands());
        assertTrue(l.title().contains("198.51.100.7:50022 -> 198.18.0.1:22"), l.title());
    }

    @Test
    void aRuleDroppingTheClientCutsTheSessionOnItsWayIn() {
        String dropClient = "ipv4 filter INPUT 0 -s 198.51.100.0/24 -j DROP";
        List<DirectRule> rules = seedWith(dropClient);
        SessionLockout l = lockouts(rules, SESSION).getFirst();
        assertTrue(l.current());
        Packet p = l.flows().getFirst().packet().packet();
        assertEquals(IpAddress.parse("198.51.100.7"), p.src());
        assertEquals(22, p.dport());
        assertEquals(dropClient, l.flows().getFirst().decidedBy());
        assertEquals(List.of(PERMANENT_ADD + "ipv4 filter INPUT -1 -m state --state RELATED,ESTABLISHED -j ACCEPT"),
                l.fix().commands());
        List<SessionLockout> after = lockouts(Scenarios.applied(rules, l.fix()), SESSION);
        assertEquals(1, after.size(), "the running session survives, a new login still does not");
        assertFalse(after.getFirst().current());
    }

    @Test
    void aRuleDroppingNewSshConnectionsKeepsTheSessionButBlocksTheNextLogin() {
        String dropNew = "ipv4 filter INPUT 0 -p tcp --dport 22 -m state --state NEW -j DROP";
        List<DirectRule> rules = seedWith(dropNew);
        List<SessionLockout> found = lockouts(rules, SESSION);
        assertEquals(1, found.size(), () -> found.stream().map(Finding::title).toList().toString());
        SessionLockout l = found.getFirst();
        assertFalse(l.current());
        assertEquals("timeout", l.flows().getFirst().outcome());
        assertEquals("SYN", l.flows().getFirst().packet().label());
        assertEquals(dropNew, l.flows().getFirst().decidedBy());
        assertEquals(List.of(PERMANENT_ADD + "ipv4 filter INPUT -1 -s 198.51.100.7 -p tcp --dport 22 -j ACCEPT"), l.fix().commands());
        assertEquals(List.of(), lockouts(Scenarios.applied(rules, l.fix()), SESSION));
    }

    @Test
    void theFullSeedKeepsTheSession() {
        assertEquals(List.of(), lockouts(Scenarios.fullSeed(), SESSION));
    }

    @Test
    void anIpv6SessionIsNotCutByIpv4Rules() {
        assertEquals(List.of(), lockouts(seed(false), SshSession.parse("2001:db8::7 50022 2001:db8::1 22")));
    }

    @Test
    void aSessionToAnotherHostIsNotedNotPlayed() {
        CheckReport r = check(seed(false), DUAL, List.of(), SshSession.parse("198.51.100.7 50022 198.18.9.9 22"));
        assertEquals(List.of(), findings(r, SessionLockout.class));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("198.18.9.9 is not an address of host base1")), r.notes()::toString);
    }
}
