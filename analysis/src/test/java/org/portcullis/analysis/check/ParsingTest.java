package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.net.IpAddress;

/** SSH_CONNECTION and resolv.conf as the check reads them. */
class ParsingTest {

    @Test
    void sshConnectionGivesClientAndServer() {
        SshSession s = SshSession.parse("198.51.100.7 50022 198.18.0.1 22\n");
        assertEquals(new SshSession(IpAddress.parse("198.51.100.7"), 50022, IpAddress.parse("198.18.0.1"), 22), s);
        assertEquals("198.51.100.7:50022 -> 198.18.0.1:22", s.words());
        assertEquals("[fe80::7]:50022 -> [fe80::1]:22", SshSession.parse("fe80::7%enp3s0 50022 fe80::1%enp3s0 22").words());
    }

    @Test
    void malformedSshConnectionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SshSession.parse("198.51.100.7 50022 198.18.0.1"));
        assertThrows(IllegalArgumentException.class, () -> SshSession.parse("198.51.100.7 0 198.18.0.1 22"));
        assertThrows(IllegalArgumentException.class, () -> SshSession.parse("198.51.100.7 50022 2001:db8::1 22"));
    }

    @Test
    void resolvConfGivesTheFirstThreeNameservers() {
        assertEquals(List.of(IpAddress.parse("198.18.0.53"), IpAddress.parse("2001:db8::53"), IpAddress.parse("fe80::1"),
                        IpAddress.parse("198.18.0.54")).subList(0, Resolvers.MAX),
                Resolvers.parse("""
                        # generated
                        search example.org
                        nameserver 198.18.0.53
                        options edns0
                        nameserver 2001:db8::53
                        nameserver fe80::1%enp3s0
                        nameserver 198.18.0.54
                        """));
        assertEquals(List.of(), Resolvers.parse("nameserver\nnameserver not-an-address\n"));
    }
}
