package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.nft.Family;

class IpForwardingTest {
    @TempDir
    Path net;

    @Test
    void writesOneToTheSwitchOfEachFamily() throws Exception {
        Files.createDirectories(net.resolve("ipv4"));
        Files.createDirectories(net.resolve("ipv6/conf/all"));
        Files.writeString(net.resolve("ipv4/ip_forward"), "0\n");
        Files.writeString(net.resolve("ipv6/conf/all/forwarding"), "0\n");
        IpForwarding forwarding = new IpForwarding(net);

        forwarding.enable(Family.IP);
        assertEquals("1\n", Files.readString(net.resolve("ipv4/ip_forward")));
        assertEquals("0\n", Files.readString(net.resolve("ipv6/conf/all/forwarding")));
        forwarding.enable(Family.IP6);
        assertEquals("1\n", Files.readString(net.resolve("ipv6/conf/all/forwarding")));
    }

    @Test
    void anUnwritableSwitchIsABackendError() {
        BackendException e = assertThrows(BackendException.class, () -> new IpForwarding(net).enable(Family.IP));
        assertTrue(e.getMessage().contains("ipv4/ip_forward"), e.getMessage());
    }
}
