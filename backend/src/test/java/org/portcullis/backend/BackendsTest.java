package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.portcullis.testkit.KernelSupport;

class BackendsTest {

    @Test
    void detectionPicksNftablesWhereTheKernelIsUsableAndSaysWhy() {
        KernelSupport.assumeKernel();
        Backends.Detection d = Backends.detect();
        try (Backend b = d.backend()) {
            assertInstanceOf(NftablesBackend.class, b);
            assertEquals("nftables", b.name());
            assertTrue(d.reason().startsWith("backend nftables: "), d.reason());
            assertFalse(d.reason().contains("\n"));
        }
    }

    @Test
    void aForcedBackendIsTakenByName() {
        Backends.Detection d = Backends.forName("sim");
        assertInstanceOf(SimBackend.class, d.backend());
        assertTrue(d.reason().startsWith("backend sim"));
        assertThrows(IllegalArgumentException.class, () -> Backends.forName("iptables"));
    }
}
