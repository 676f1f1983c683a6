package org.portcullis.engine.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.model.net.IpAddress;

class LocalHostTest {

    @Test
    void portRangeFileOrDefault(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("range");
        Files.writeString(f, "40000\t50000\n");
        assertEquals(new PortRange(40000, 50000), LocalHost.portRange(f));
        assertEquals(PortRange.DEFAULT, LocalHost.portRange(dir.resolve("missing")));
        Files.writeString(f, "junk\n");
        assertEquals(PortRange.DEFAULT, LocalHost.portRange(f));
    }

    @Test
    void readsThisMachine() {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip"))
                || Files.isExecutable(Path.of("/usr/bin/ip")), "the ip command is not installed");
        Host h = LocalHost.read();
        assertTrue(h.isLocal(IpAddress.parse("127.0.0.1")));
        assertTrue(h.interfaces().stream().anyMatch(i -> i.name().equals("lo")), "no lo in " + h.interfaces());
    }
}
