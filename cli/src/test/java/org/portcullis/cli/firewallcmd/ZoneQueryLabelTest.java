package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How firewall-cmd 1.3 names each value when one option queries several (its query_sequence messages). */
class ZoneQueryLabelTest {
    @Test
    void servicesSourcesAndIcmpBlocksAreQuoted() {
        assertEquals("'ssh'", ZoneActions.queryLabel("service", "ssh"));
        assertEquals("'198.18.4.0/24'", ZoneActions.queryLabel("source", "198.18.4.0/24"));
        assertEquals("'echo-request'", ZoneActions.queryLabel("icmp-block", "echo-request"));
        assertEquals("'enp3s0'", ZoneActions.queryLabel("interface", "enp3s0"));
    }

    @Test
    void portsAreNamedAsGiven() {
        assertEquals("8000-8010/udp", ZoneActions.queryLabel("port", "8000-8010/udp"));
        assertEquals("6000/tcp", ZoneActions.queryLabel("source-port", "6000/tcp"));
    }

    @Test
    void forwardPortsListEveryFieldWithNoneForAMissingOne() {
        assertEquals("port=8080:proto=tcp:toport=80:toaddr=None",
                ZoneActions.queryLabel("forward-port", "port=8080:proto=tcp:toport=80"));
        assertEquals("port=22:proto=tcp:toport=None:toaddr=198.18.0.9",
                ZoneActions.queryLabel("forward-port", "proto=tcp:port=22:toaddr=198.18.0.9"));
    }
}
