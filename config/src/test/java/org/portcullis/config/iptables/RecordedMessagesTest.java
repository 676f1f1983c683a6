package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * Replays every case recorded from the real iptables-restore 1.8.9 (resources/iptables/record.sh): what it
 * accepts parses, and what it refuses fails with COMMAND_FAILED and exactly firewalld's message.
 */
class RecordedMessagesTest {
    /** Accepted by iptables, refused by Portcullis: the word the refusal must name. */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("ipv4 filter INPUT -s localhost -j ACCEPT", "localhost"),
            Map.entry("ipv4 filter INPUT -s 1.2.3 -j ACCEPT", "1.2.3"),
            Map.entry("ipv4 filter INPUT -s 10.0.0.0/255.0.255.0 -j ACCEPT", "255.0.255.0"),
            Map.entry("ipv4 filter INPUT -f -j ACCEPT", "\"-f\""),
            Map.entry("ipv4 filter INPUT -c 1 2 -j ACCEPT", "\"-c\""),
            Map.entry("ipv4 filter INPUT -m addrtype --dst-type LOCAL -j ACCEPT", "\"-m addrtype\""),
            Map.entry("ipv4 filter INPUT -m recent --set -j ACCEPT", "\"-m recent\""),
            Map.entry("ipv4 nat POSTROUTING -p udp -j MASQUERADE --random", "\"--random\""),
            Map.entry("ipv4 nat PREROUTING -p tcp -j DNAT --to-destination :80", "\"--to-destination\""),
            Map.entry("ipv4 raw OUTPUT -j CT", "\"-j CT\""),
            Map.entry("ipv4 raw OUTPUT -j CT --zone 1", "\"--zone\""),
            Map.entry("ipv4 mangle FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu",
                    "\"-j TCPMSS\""));

    /** Refusals that depend on which chains exist, which the compiler knows, not the parser. */
    private static final Map<String, String> CHAIN_MISSING = Map.of(
            "ipv4 filter INPUT -j accept", "accept",
            "ipv4 filter PREROUTING -j REJECT", "",
            "ipv4 filter mychain -j REJECT", "",
            "ipv4 nat mychain -j MASQUERADE", "",
            "ipv4 filter INPUT -g FOO", "FOO",
            "ipv4 filter INPUT -j FOO", "FOO",
            "ipv4 filter INPUT -j mychain", "mychain");

    @TestFactory
    Stream<DynamicTest> everyRecordedCase() throws IOException {
        return RecordedCase.load().stream().map(c -> DynamicTest.dynamicTest(c.key(), () -> check(c)));
    }

    private static void check(RecordedCase c) {
        String key = c.key();
        if (UNSUPPORTED.containsKey(key)) {
            assertEquals(0, c.rc(), "iptables accepted it when recorded");
            FirewallException e = assertThrows(FirewallException.class, () -> parse(c));
            assertEquals(ErrorCode.COMMAND_FAILED, e.code());
            assertTrue(e.detail().startsWith("Portcullis does not support"), e.detail());
            assertTrue(e.detail().contains(UNSUPPORTED.get(key)), e.detail());
        } else if (CHAIN_MISSING.containsKey(key)) {
            parse(c);
            String chain = CHAIN_MISSING.get(key);
            FirewallException e = chain.isEmpty() ? RestoreError.noSuchChain(c.ipv())
                    : RestoreError.targetChainMissing(c.ipv(), chain);
            assertEquals(c.expectedDetail(), e.detail());
        } else if (c.rc() == 0) {
            parse(c);
        } else {
            FirewallException e = assertThrows(FirewallException.class, () -> parse(c));
            assertEquals(ErrorCode.COMMAND_FAILED, e.code());
            assertEquals(c.expectedDetail(), e.detail());
        }
    }

    private static Object parse(RecordedCase c) {
        return RuleParser.parse(c.ipv(), c.table(), c.chain(), c.args());
    }
}
