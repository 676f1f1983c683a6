package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DaemonOptionsTest {
    @Test
    void defaults() {
        DaemonOptions o = DaemonOptions.parse(List.of(), Map.of());
        assertEquals(new DaemonOptions(Path.of("/etc/portcullis"), Path.of("/run/portcullis/portcullis.sock"), Optional.empty()), o);
    }

    @Test
    void optionsAndEnvironment() {
        DaemonOptions o = DaemonOptions.parse(List.of("--config-dir", "/tmp/c", "--backend=sim"),
                Map.of("PORTCULLIS_SOCKET", "/tmp/e.sock"));
        assertEquals(new DaemonOptions(Path.of("/tmp/c"), Path.of("/tmp/e.sock"), Optional.of("sim")), o);
        assertEquals(Path.of("/tmp/s.sock"), DaemonOptions.parse(List.of("--socket", "/tmp/s.sock"),
                Map.of("PORTCULLIS_SOCKET", "/tmp/e.sock")).socket());
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> DaemonOptions.parse(List.of("--backend", "iptables"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DaemonOptions.parse(List.of("--socket"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DaemonOptions.parse(List.of("--verbose", "x"), Map.of()));
    }
}
