package org.portcullis.model.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class ZoneTest {
    private final Zone pub = Zone.empty("public").withService("ssh").withPort(Port.parse("8080/tcp"));

    private static void fails(ErrorCode code, String message, Supplier<?> change) {
        FirewallException e = assertThrows(FirewallException.class, change::get);
        assertEquals(code, e.code());
        assertEquals(message, e.detail());
    }

    @Test
    void newZoneForwardsAndHasDefaultTarget() {
        Zone z = Zone.empty("lab");
        assertTrue(z.forward());
        assertEquals(ZoneTarget.DEFAULT, z.target());
        assertTrue(z.services().isEmpty());
    }

    @Test
    void duplicatesAndAbsencesUseRuntimeMessages() {
        fails(ErrorCode.ALREADY_ENABLED, "'ssh' already in 'public'", () -> pub.withService("ssh"));
        fails(ErrorCode.NOT_ENABLED, "'http' not in 'public'", () -> pub.withoutService("http"));
        fails(ErrorCode.ALREADY_ENABLED, "'8080:tcp' already in 'public'", () -> pub.withPort(Port.parse("8080/tcp")));
        fails(ErrorCode.NOT_ENABLED, "'8080:udp' not in 'public'", () -> pub.withoutPort(Port.parse("8080/udp")));
        fails(ErrorCode.ALREADY_ENABLED, "masquerade already enabled in 'public'",
                () -> pub.withMasquerade(true).withMasquerade(true));
        fails(ErrorCode.NOT_ENABLED, "masquerade not enabled in 'public'", () -> pub.withMasquerade(false));
        fails(ErrorCode.ALREADY_ENABLED, "'eth0' already in 'public'",
                () -> pub.withInterface("eth0").withInterface("eth0"));
        fails(ErrorCode.ALREADY_ENABLED, "'esp' already in 'public'", () -> pub.withProtocol("esp").withProtocol("esp"));
        fails(ErrorCode.ALREADY_ENABLED, "'echo-request' already in 'public'",
                () -> pub.withIcmpBlock("echo-request").withIcmpBlock("echo-request"));
        fails(ErrorCode.ALREADY_ENABLED, "'10.0.0.0/8' already in 'public'",
                () -> pub.withSource(ZoneSource.parse("10.0.0.0/8")).withSource(ZoneSource.parse("10.0.0.0/8")));
        ForwardPort fp = ForwardPort.parse("port=11:proto=tcp:toport=22");
        fails(ErrorCode.ALREADY_ENABLED, "'11:tcp:22:' already in 'public'",
                () -> pub.withForwardPort(fp).withForwardPort(fp));
    }

    @Test
    void aChangeLeavesTheOriginalUntouched() {
        Zone more = pub.withService("http");
        assertEquals(List.of("ssh"), pub.services());
        assertEquals(List.of("ssh", "http"), more.services());
        assertEquals(List.of("ssh"), more.withoutService("http").services());
    }

    @Test
    void portsCoalesceAndSplitAsFirewalldDoes() {
        Zone z = Zone.empty("z").withPort(Port.parse("80/tcp")).withPort(Port.parse("85-90/tcp"))
                .withPort(Port.parse("80/udp"));
        fails(ErrorCode.ALREADY_ENABLED, "'86-88:tcp' already in 'z'", () -> z.withPort(Port.parse("86-88/tcp")));
        Zone merged = z.withPort(Port.parse("75-86/tcp"));
        assertEquals(List.of(Port.parse("80/udp"), Port.parse("75-90/tcp")), merged.ports());
        Zone split = merged.withoutPort(Port.parse("80/tcp"));
        assertEquals(List.of(Port.parse("80/udp"), Port.parse("75-79/tcp"), Port.parse("81-90/tcp")), split.ports());
        fails(ErrorCode.NOT_ENABLED, "'70-76:tcp' not in 'z'", () -> merged.withoutPort(Port.parse("70-76/tcp")));
    }

    @Test
    void badValuesAreRejected() {
        fails(ErrorCode.INVALID_PORT,
                "bad port (most likely missing protocol), correct syntax is portid[-portid]/protocol",
                () -> Port.parse("8080"));
        fails(ErrorCode.INVALID_PROTOCOL, "'icmp' not in {'tcp'|'udp'|'sctp'|'dccp'}", () -> Port.parse("80/icmp"));
        fails(ErrorCode.INVALID_PORT, "65536", () -> Port.parse("65536/tcp"));
        fails(ErrorCode.INVALID_FORWARD, "missing port", () -> ForwardPort.parse("proto=tcp:toport=1"));
        fails(ErrorCode.INVALID_FORWARD, "missing protocol", () -> ForwardPort.parse("port=1:toport=1"));
        fails(ErrorCode.INVALID_FORWARD, "missing destination", () -> ForwardPort.parse("port=1:proto=tcp"));
        fails(ErrorCode.INVALID_ADDR, "1.2.3", () -> ForwardPort.parse("port=1:proto=tcp:toaddr=1.2.3"));
        fails(ErrorCode.INVALID_ADDR, "10.0.0.0/40", () -> ZoneSource.parse("10.0.0.0/40"));
        fails(ErrorCode.INVALID_IPSET, "", () -> ZoneSource.parse("ipset:"));
        fails(ErrorCode.INVALID_INTERFACE, "a-very-long-interface", () -> pub.withInterface("a-very-long-interface"));
        fails(ErrorCode.INVALID_TARGET, "REJECTED", () -> ZoneTarget.parse("REJECTED"));
        fails(ErrorCode.INVALID_NAME, "' ' is not allowed in 'my zone'", () -> Zone.empty("my zone"));
        fails(ErrorCode.INVALID_PRIORITY, "40000", () -> pub.withPriorities(40000, 0));
    }

    @Test
    void sourcesKeepTheirKind() {
        assertEquals(new ZoneSource.Mac("00:11:22:AA:BB:CC"), ZoneSource.parse("00:11:22:aa:bb:cc"));
        assertEquals("ipset:web", ZoneSource.parse("ipset:web").text());
        assertEquals("2001:db8::/32", ZoneSource.parse("2001:db8::/32").text());
        assertEquals("192.0.2.0/255.255.255.0", ZoneSource.parse("192.0.2.0/255.255.255.0").text());
    }

    @Test
    void targetsHaveFileAndCommandLineSpellings() {
        assertEquals(ZoneTarget.REJECT, ZoneTarget.parse("REJECT"));
        assertEquals(ZoneTarget.REJECT, ZoneTarget.parse("%%REJECT%%"));
        assertEquals("%%REJECT%%", ZoneTarget.REJECT.xml());
        assertEquals("REJECT", ZoneTarget.REJECT.cli());
        assertEquals("default", ZoneTarget.DEFAULT.xml());
    }

    @Test
    void togglesReportTheirState() {
        Zone z = pub.withIcmpBlockInversion(true).withForward(false);
        assertTrue(z.icmpBlockInversion());
        assertFalse(z.forward());
        fails(ErrorCode.NOT_ENABLED, "forward not enabled in 'public'", () -> z.withForward(false));
    }
}
