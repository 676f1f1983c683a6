package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portcullis explain --batch FILE}: many flows against one compiled ruleset, one line each. */
class ExplainBatchTest {
    @TempDir
    Path dir;

    @Test
    void eachFlowGetsItsVerdictAndDecidingRule() throws Exception {
        Path conf = SeedFiles.configDir(dir, true);
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        Path flows = dir.resolve("flows.txt");
        Files.writeString(flows, """
                # seed flows
                --out --oif enp3s0 tcp 198.18.0.2:22
                --out --oif enp3s0 tcp 198.18.0.2:443
                --out --oif enp3s0 tcp 198.18.0.2:80
                --connect tcp 198.18.0.2:80
                """);
        Run r = Run.of("--config-dir", conf.toString(), "--host", host.toString(), "--seed", "1", "--batch", flows.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.lines();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("--out --oif enp3s0 tcp 198.18.0.2:22\t"), lines.get(0));
        assertTrue(lines.get(0).endsWith("verdict: accept"), lines.get(0));
        assertTrue(lines.get(1).endsWith("verdict: accept"), lines.get(1));
        assertTrue(lines.get(2).contains("ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP"), lines.get(2));
        assertTrue(lines.get(2).endsWith("verdict: drop"), lines.get(2));
        assertTrue(lines.get(3).endsWith("outcome: timeout"), lines.get(3));
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheRestIsExplained() throws Exception {
        Path conf = SeedFiles.configDir(dir, true);
        Path host = SeedFiles.host(dir, SeedFiles.HOST);
        Path flows = dir.resolve("flows.txt");
        Files.writeString(flows, "--out tcp 198.18.0.2:22\n--out bogus 198.18.0.2\n");
        Run r = Run.of("--config-dir", conf.toString(), "--host", host.toString(), "--batch", flows.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.lines().size(), r.out());
        assertTrue(r.err().contains("flows.txt:2:"), r.err());
    }
}
