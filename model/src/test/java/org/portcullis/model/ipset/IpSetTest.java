package org.portcullis.model.ipset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class IpSetTest {

    private static IpSetOptions options(String... pairs) {
        SequencedMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return new IpSetOptions(m);
    }

    private static FirewallException fails(Runnable r) {
        return assertThrows(FirewallException.class, r::run);
    }

    @Test
    void namesTakeLettersDigitsAndFourMarks() {
        assertEquals("a.b:c-d_e", IpSet.of("a.b:c-d_e", IpSetType.HASH_IP, IpSetOptions.NONE).name());
        FirewallException e = fails(() -> IpSet.of("bad name", IpSetType.HASH_IP, IpSetOptions.NONE));
        assertEquals("INVALID_NAME: ' ' is not allowed in 'bad name'", e.getMessage());
        assertEquals("INVALID_NAME: name can't be empty",
                fails(() -> IpSet.of("", IpSetType.HASH_IP, IpSetOptions.NONE)).getMessage());
    }

    @Test
    void typesAreFirewalldsHashTypes() {
        assertEquals(11, IpSetType.values().length);
        assertEquals(IpSetType.HASH_NET_PORT_NET, IpSetType.parse("hash:net,port,net"));
        assertEquals(List.of(IpSetType.Part.NET, IpSetType.Part.PORT, IpSetType.Part.NET),
                IpSetType.HASH_NET_PORT_NET.parts());
        assertEquals("INVALID_TYPE: 'bitmap:ip' is not valid ipset type", fails(() -> IpSetType.parse("bitmap:ip"))
                .getMessage());
        assertEquals(List.of("hash:ip", "hash:ip,port", "hash:ip,mark", "hash:net", "hash:net,port",
                "hash:net,iface", "hash:mac"), java.util.Arrays.stream(IpSetType.values())
                .filter(IpSetType::usableAsSource).map(IpSetType::text).toList());
    }

    @Test
    void optionsAreCheckedInOrderWithFirewalldsMessages() {
        assertEquals("INVALID_IPSET: ipset invalid option 'foo'", fails(() -> options("foo", "1")).getMessage());
        assertEquals("INVALID_VALUE: Option 'timeout': Value 'abc' is not an integer",
                fails(() -> options("timeout", "abc")).getMessage());
        assertEquals("INVALID_VALUE: Option 'maxelem': Value '-1' is negative",
                fails(() -> options("maxelem", "-1")).getMessage());
        assertEquals("INVALID_FAMILY: inet7", fails(() -> options("family", "inet7")).getMessage());
        assertEquals("INVALID_FAMILY", fails(() -> options("family", "")).getMessage());
        IpSetOptions o = options("maxelem", " 1_000 ", "family", "inet6", "hashsize", "+5");
        assertEquals("maxelem= 1_000  family=inet6 hashsize=+5", o.toString());
        assertEquals("inet6", o.family());
        assertEquals("inet", IpSetOptions.NONE.family());
        assertEquals(List.of("maxelem", "family"), List.copyOf(o.with("maxelem", "7").values().keySet())
                .subList(0, 2));
    }

    @Test
    void aTimeoutOtherThanZeroKeepsNoEntries() {
        IpSet timed = IpSet.of("t", IpSetType.HASH_IP, options("timeout", "600"));
        assertTrue(timed.hasTimeout());
        assertFalse(IpSet.of("z", IpSetType.HASH_IP, options("timeout", "0")).hasTimeout());
        assertEquals(ErrorCode.IPSET_WITH_TIMEOUT, fails(() -> timed.withEntries(List.of("198.18.0.1"))).code());
        assertSame(timed, timed.withEntry("198.18.0.1"));
        assertEquals("IPSET_WITH_TIMEOUT: t", fails(() -> timed.hasEntry("198.18.0.1")).getMessage());
        assertEquals("NOT_ENABLED: '198.18.0.1' not in 't'", fails(() -> timed.withoutEntry("198.18.0.1"))
                .getMessage());
        assertSame(timed, timed.withAllEntries(List.of("198.18.0.1", "198.18.0.2")));
    }

    @Test
    void runtimeEntriesAreNormalizedCheckedAndKeptInOrder() {
        IpSet s = IpSet.of("web", IpSetType.HASH_IP, IpSetOptions.NONE).withEntry("198.18.1.1")
                .withEntry("198.18.7.5/24");
        assertEquals(List.of("198.18.1.1", "198.18.7.0/24"), s.entries());
        assertTrue(s.hasEntry("198.18.7.9/24"));
        assertEquals("ALREADY_ENABLED: '198.18.1.1' already is in 'web'", fails(() -> s.withEntry("198.18.1.1"))
                .getMessage());
        assertEquals("INVALID_ENTRY: Entry '198.18.1.0/30' overlaps with existing entry '198.18.1.1'",
                fails(() -> s.withEntry("198.18.1.0/30")).getMessage());
        assertEquals("INVALID_ENTRY: invalid address '198.18.1.300' in '198.18.1.300' for hash:ip (ipv4)",
                fails(() -> s.withEntry("198.18.1.300")).getMessage());
        assertEquals(List.of("198.18.1.1"), s.withoutEntry("198.18.7.1/24").entries());
        assertEquals("NOT_ENABLED: '198.18.9.9' not in 'web'", fails(() -> s.withoutEntry("198.18.9.9"))
                .getMessage());
    }

    @Test
    void anExistingRangeIsComparedAsARange() {
        IpSet s = IpSet.of("r", IpSetType.HASH_IP, IpSetOptions.NONE).withEntry("198.18.2.1-198.18.2.5");
        assertEquals("INVALID_ENTRY: Entry '198.18.2.3' overlaps with existing entry '198.18.2.1-198.18.2.5'",
                fails(() -> s.withEntry("198.18.2.3")).getMessage());
        assertEquals(List.of("198.18.2.1-198.18.2.5", "198.18.2.6"), s.withEntry("198.18.2.6").entries());
    }

    @Test
    void allEntriesAtOnceMayNotOverlapEachOther() {
        IpSet s = IpSet.of("n", IpSetType.HASH_NET, IpSetOptions.NONE);
        assertEquals("INVALID_ENTRY: Entry '198.18.6.0/24' overlaps entry '198.18.6.7/32'",
                fails(() -> s.withAllEntries(List.of("198.18.6.7", "198.18.6.0/24"))).getMessage());
        assertEquals(List.of("198.18.6.17/28"), s.withAllEntries(List.of("198.18.6.17/28")).entries());
    }

    @Test
    void repeatedEntriesAreDropped() {
        IpSet s = new IpSet("m", null, null, null, IpSetType.HASH_MAC, IpSetOptions.NONE,
                List.of("00:11:22:33:44:55", "00:11:22:33:44:55"));
        assertEquals(List.of("00:11:22:33:44:55"), s.entries());
        assertEquals("", s.version());
    }
}
