package org.portcullis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.portcullis.model.net.IpAddress;

class MacAddressTest {
    @Test
    void parsesAndPrintsInLowerCase() {
        assertEquals("00:11:22:aa:bb:cc", MacAddress.parse("00:11:22:AA:bb:Cc").toString());
        assertEquals(MacAddress.parse("00-11-22-aa-bb-cc"), MacAddress.parse("00:11:22:aa:bb:cc"));
        assertFalse(MacAddress.isValid("00:11:22:aa:bb"));
        assertFalse(MacAddress.isValid("00:11:22:aa:bb:cg"));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.parse("001:1:22:aa:bb:cc"));
    }

    @Test
    void multicastGroupsMapToTheirFrameAddresses() {
        assertEquals("01:00:5e:7f:00:01", MacAddress.multicast(IpAddress.parse("239.255.0.1")).toString());
        assertEquals("33:33:ff:00:00:01", MacAddress.multicast(IpAddress.parse("ff02::1:ff00:1")).toString());
        assertNull(MacAddress.multicast(IpAddress.parse("198.18.0.1")));
    }
}
