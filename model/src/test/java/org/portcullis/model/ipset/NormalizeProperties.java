package org.portcullis.model.ipset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NormalizeProperties {

    @Property(tries = 300)
    void networksLoseTheirHostBitsOnce(@ForAll @IntRange(min = 0, max = 255) int a, @ForAll @IntRange(max = 255) int b,
                                       @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 32) int len) {
        String text = "198." + a + "." + b + "." + c + "/" + len;
        String once = IpSetEntries.normalize(text);
        assertEquals(once, IpSetEntries.normalize(once));
        long value = (198L << 24 | (long) a << 16 | (long) b << 8 | c) & 0xffffffffL;
        long mask = len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
        long net = value & mask;
        assertEquals((net >>> 24) + "." + (net >>> 16 & 255) + "." + (net >>> 8 & 255) + "." + (net & 255) + "/" + len,
                once);
    }

    @Property(tries = 200)
    void aNetworkOverlapsEverySubnetOfItself(@ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 24) int len,
                                             @ForAll @IntRange(max = 8) int more) {
        String outer = IpSetEntries.normalize("198.18." + b + ".0/" + len);
        String inner = IpSetEntries.normalize("198.18." + b + ".0/" + (len + more));
        String result;
        try {
            IpSetEntries.checkOverlapsExisting(inner, java.util.List.of(outer));
            result = "ok";
        } catch (org.portcullis.model.error.FirewallException e) {
            result = e.getMessage();
        }
        assertTrue(result.startsWith("INVALID_ENTRY: Entry '" + inner + "' overlaps"), result);
    }
}
