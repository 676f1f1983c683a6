package org.portcullis.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TcpPeersTest {
    private static final String SS = """
            LISTEN     0      128                    *:443                  *:*
            ESTAB      0      0      [::ffff:198.18.31.2]:443 [::ffff:198.18.31.1]:40312
            CLOSE-WAIT 1      0      [::ffff:198.18.31.2]:443 [::ffff:198.18.30.2]:40314
            ESTAB      0      0      [::ffff:198.18.31.2]:80  [::ffff:198.18.30.9]:40316
            SYN-SENT   0      1            198.18.31.2:50000        198.18.31.7:443
            ESTAB      0      0      [fe80::1%eth0]:443     [fe80::2%eth0]:40318
            """;

    @Test
    void peersOfOnePortWithoutListenersOrOtherPorts() {
        assertEquals(Set.of("198.18.31.1", "198.18.30.2", "fe80::2"), TcpPeers.parse(SS, 443));
        assertEquals(Set.of("198.18.30.9"), TcpPeers.parse(SS, 80));
        assertEquals(Set.of("198.18.31.7"), TcpPeers.parse(SS, 50000));
        assertEquals(Set.of(), TcpPeers.parse(SS, 22));
    }
}
