package org.portcullis.compile.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.portcullis.compile.rule.Translate.V4;
import static org.portcullis.compile.rule.Translate.V6;
import static org.portcullis.compile.rule.Translate.one;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.Target;

class TargetTranslationTest {

    @Test
    void verdicts() {
        assertEquals("counter accept", one(V4, new Target.Accept()));
        assertEquals("counter drop", one(V4, new Target.Drop()));
        assertEquals("counter return", one(V4, new Target.Return()));
        assertEquals("counter", one(V4, null));
        assertEquals("counter jump filter_mine", one(V4, new Target.Jump("mine")));
        assertEquals("counter goto filter_mine", one(V4, new Target.Goto("mine")));
    }

    @Test
    void rejectDefaultsPerFamily() {
        assertEquals("counter reject with icmp type port-unreachable", one(V4, new Target.Reject(null)));
        assertEquals("counter reject with icmpv6 type port-unreachable", one(V6, new Target.Reject(null)));
        assertEquals("tcp dport 22 counter reject with tcp reset", one(V4, new Target.Reject("tcp-reset"),
                new Match.Ports(6, PortDirection.DESTINATION, List.of(PortRange.single(22)), false, false)));
        assertEquals("meta l4proto tcp counter reject with tcp reset",
                one(V6, new Target.Reject("tcp-reset"), new Match.Protocol(6, false)));
    }

    @Test
    void everyIptablesRejectName() {
        Map<String, String> v4 = Map.ofEntries(
                Map.entry("icmp-net-unreachable", "net-unreachable"), Map.entry("net-unreach", "net-unreachable"),
                Map.entry("icmp-host-unreachable", "host-unreachable"), Map.entry("host-unreach", "host-unreachable"),
                Map.entry("icmp-port-unreachable", "port-unreachable"), Map.entry("port-unreach", "port-unreachable"),
                Map.entry("icmp-proto-unreachable", "prot-unreachable"), Map.entry("proto-unreach", "prot-unreachable"),
                Map.entry("icmp-net-prohibited", "net-prohibited"), Map.entry("net-prohib", "net-prohibited"),
                Map.entry("icmp-host-prohibited", "host-prohibited"), Map.entry("host-prohib", "host-prohibited"),
                Map.entry("icmp-admin-prohibited", "admin-prohibited"), Map.entry("admin-prohib", "admin-prohibited"));
        v4.forEach((name, code) -> assertEquals("counter reject with icmp type " + code,
                one(V4, new Target.Reject(name)), name));
        Map<String, String> v6 = Map.ofEntries(
                Map.entry("icmp6-no-route", "no-route"), Map.entry("no-route", "no-route"),
                Map.entry("icmp6-adm-prohibited", "admin-prohibited"), Map.entry("adm-prohibited", "admin-prohibited"),
                Map.entry("icmp6-addr-unreachable", "addr-unreachable"), Map.entry("addr-unreach", "addr-unreachable"),
                Map.entry("icmp6-port-unreachable", "port-unreachable"), Map.entry("port-unreach", "port-unreachable"),
                Map.entry("icmp6-policy-fail", "policy-fail"), Map.entry("policy-fail", "policy-fail"),
                Map.entry("icmp6-reject-route", "reject-route"), Map.entry("reject-route", "reject-route"));
        v6.forEach((name, code) -> assertEquals("counter reject with icmpv6 type " + code,
                one(V6, new Target.Reject(name)), name));
        assertEquals(ErrorCode.COMMAND_FAILED, assertThrows(FirewallException.class,
                () -> one(V4, new Target.Reject("icmp6-no-route"))).code());
    }

    @Test
    void log() {
        assertEquals("counter log", one(V4, new Target.Log(null, null)));
        assertEquals("counter log prefix \"OUT: \"", one(V4, new Target.Log("OUT: ", "4")));
        assertEquals("counter log level err", one(V4, new Target.Log(null, "error")));
        List<String> names = List.of("emerg", "alert", "crit", "err", "warn", "notice", "info", "debug");
        for (int level = 0; level < 8; level++) {
            String want = level == 4 ? "counter log" : "counter log level " + names.get(level);
            assertEquals(want, one(V4, new Target.Log(null, Integer.toString(level))));
        }
        assertEquals(ErrorCode.COMMAND_FAILED,
                assertThrows(FirewallException.class, () -> one(V4, new Target.Log(null, "loud"))).code());
    }

    @Test
    void nat() {
        assertEquals("counter masquerade", one(V4, new Target.Masquerade(null)));
        assertEquals("counter masquerade to :1000-2000", one(V4, new Target.Masquerade(new PortRange(1000, 2000))));
        assertEquals("counter snat to 1.2.3.4", one(V4, new Target.Snat(IpAddress.parse("1.2.3.4"), null, null)));
        assertEquals("counter snat to 1.2.3.4-1.2.3.9:100-200", one(V4, new Target.Snat(IpAddress.parse("1.2.3.4"),
                IpAddress.parse("1.2.3.9"), new PortRange(100, 200))));
        assertEquals("counter dnat to 10.0.0.1:8080",
                one(V4, new Target.Dnat(IpAddress.parse("10.0.0.1"), null, PortRange.single(8080))));
        assertEquals("counter redirect", one(V4, new Target.Redirect(null)));
        assertEquals("counter redirect to :3128", one(V4, new Target.Redirect(PortRange.single(3128))));
    }

    @Test
    void markAndNotrack() {
        assertEquals("counter meta mark set 1", one(V4, new Target.SetMark(1, 0xffffffffL)));
        assertEquals("counter meta mark set meta mark & 240", one(V4, new Target.SetMark(0, 0xffffff0fL)));
        assertEquals(ErrorCode.COMMAND_FAILED,
                assertThrows(FirewallException.class, () -> one(V4, new Target.SetMark(1, 0xff))).code());
        assertEquals("counter notrack", one(V4, new Target.Notrack()));
    }

    @Test
    void everyTargetVariantIsCovered() {
        assertEquals(13, Target.class.getPermittedSubclasses().length);
    }
}
