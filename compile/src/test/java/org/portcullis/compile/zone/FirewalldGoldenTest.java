package org.portcullis.compile.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;

/**
 * Each ruleset firewalld 1.3.3 built for it/oracle/commands/zone-features.txt (recorded in a network
 * namespace) against what Portcullis compiles from the same configuration, table, set, chain and rule in
 * order. The only differences allowed are listed with each recording:
 * <ul>
 * <li>conntrack helpers ({@code ct helper} objects and {@code ct helper set} rules, here for samba-client's
 * netbios-ns) are not modelled;</li>
 * <li>recordings made after runtime changes differ from firewalld's start order where firewalld inserted or
 * appended at the time of the change: chains are created as zones become active, an interface's dispatch
 * rule goes before those of interfaces bound earlier, and an item added later goes after the items of other
 * kinds. Portcullis always lays out what firewalld builds at start or reload; those chains are compared as
 * the same rules in any order.</li>
 * </ul>
 */
class FirewalldGoldenTest {
    private static final String HELPER = "conntrack helpers are not modelled";
    private static final String RUNTIME = "order of runtime changes";
    private static final List<String> DISPATCH = List.of("mangle_PREROUTING_ZONES", "nat_PREROUTING_ZONES",
            "nat_POSTROUTING_ZONES", "filter_INPUT_ZONES", "filter_FORWARD_ZONES");

    private static boolean helper(Rule r) {
        return r.stmts().stream().anyMatch(s -> s instanceof Stmt.Unsupported(String raw)
                && raw.startsWith("{\"ct helper\":"));
    }

    private static void check(String recording, OracleConfigs config, RulesetDiff diff) throws Exception {
        Ruleset want = Recording.read(recording);
        Ruleset have = ZoneCompiler.compile(config.input()).ruleset();
        List<String> differences = diff.skip(HELPER, FirewalldGoldenTest::helper).differences(want, have);
        assertEquals("", String.join("\n", differences), recording + ": " + differences.size() + " difference(s)");
    }

    @Test
    void stockPublicZone() throws Exception {
        check("zone-ruleset", OracleConfigs.publicOnEnp3s0(), new RulesetDiff());
    }

    @Test
    void natIcmpBlocksPortsProtocolsSourcePorts() throws Exception {
        check("features-nat-icmp", OracleConfigs.natAndIcmp(), new RulesetDiff()
                .anyOrder(RUNTIME + ": protocol gre was added before source port 6000", "filter_IN_public_allow"));
    }

    @Test
    void icmpBlockInversion() throws Exception {
        check("features-icmp-inversion", OracleConfigs.natAndIcmp().zone("public", z -> z.withIcmpBlockInversion(true)),
                new RulesetDiff().anyOrder(RUNTIME + ": inversion re-added the ICMP blocks after protocol gre",
                        "filter_IN_public_allow"));
    }

    @Test
    void sourcesOfEveryKindAndZoneTargets() throws Exception {
        check("features-sources", OracleConfigs.sources(), runtimeSources());
    }

    @Test
    void richRulesWithEveryElementAndAction() throws Exception {
        check("features-rich", OracleConfigs.rich(), runtimeSources()
                .anyOrder(RUNTIME + ": enp3s0 was bound before the MSS clamping rule was added",
                        "filter_FWD_public_allow"));
    }

    /** features-sources and features-rich bound zones one by one after a reload. */
    private static RulesetDiff runtimeSources() {
        return new RulesetDiff().chainsInAnyOrder()
                .anyOrder(RUNTIME + ": veth9 (zone drop) was bound after enp3s0 (zone public)",
                        DISPATCH.toArray(String[]::new))
                .anyOrder(RUNTIME + ": the ipset sources of zone drop were bound before veth9", "filter_FWD_drop_allow");
    }

    @Test
    void logDeniedAll() throws Exception {
        check("features-log-denied", OracleConfigs.logDeniedAll(), new RulesetDiff());
    }

    @Test
    void policiesBetweenZonesAndFromTheHost() throws Exception {
        check("features-policy", OracleConfigs.policies(), new RulesetDiff());
    }

    @Test
    void panicModeAddsItsOwnTable() throws Exception {
        check("features-panic", OracleConfigs.policies().panic(), new RulesetDiff());
    }
}
