package org.portcullis.config.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.config.catalog.Builtins;
import org.portcullis.model.zone.Zone;

/**
 * Zone files written here are read and written again by an installed firewalld's own file code; the
 * result must be byte-identical. Skipped where firewalld is not installed.
 */
class FirewalldZoneFileOracleTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = """
            import os, sys
            from firewall.core.io.zone import zone_reader, zone_writer
            src, dst = sys.argv[1], sys.argv[2]
            for f in sorted(os.listdir(src)):
                z = zone_reader(f, src)
                z.filename = f
                zone_writer(z, dst)
            """;

    @Test
    void firewalldRewritesOurZoneFilesUnchanged(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Zone> zones = new ArrayList<>(Builtins.zones());
        int i = 0;
        for (Zone z : ZoneArbitraries.zones().list().ofSize(60).sample()) {
            zones.add(z.withName("z" + i++).withPriorities(0, 0));
        }
        for (Zone z : zones) {
            try (OutputStream o = Files.newOutputStream(in.resolve(z.name() + ".xml"))) {
                ZoneXml.write(z, o);
            }
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT, in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && !log.contains("ModuleNotFoundError"),
                "firewalld's Python library is not installed");
        assertEquals(0, p.exitValue(), log);
        for (Zone z : zones) {
            String file = z.name() + ".xml";
            assertEquals(Files.readString(in.resolve(file)), Files.readString(out.resolve(file)), file);
        }
    }
}
