package org.portcullis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PortcullisMainTest {
    @Test
    void versionComesFromTheBuild() {
        assertEquals("0.1.0", PortcullisMain.version());
    }

    @Test
    void daemonIsASubcommand() {
        assertTrue(PortcullisMain.subcommands().containsKey("daemon"));
    }

    @Test
    void checkIsASubcommand() {
        assertTrue(PortcullisMain.subcommands().containsKey("check"));
        assertEquals(2, PortcullisMain.run(List.of("check", "--frobnicate")));
    }

    @Test
    void badDaemonArgumentsAreAUsageError() {
        assertEquals(2, PortcullisMain.run(List.of("daemon", "--backend", "iptables")));
        assertEquals(2, PortcullisMain.run(List.of("daemon", "--frobnicate", "x")));
        assertEquals(2, PortcullisMain.run(List.of("nosuchcommand")));
    }
}
