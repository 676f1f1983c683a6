package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json}: one JSON document with the same facts as the text. */
class ExplainJsonTest {
    @TempDir
    Path dir;
    List<String> base;

    @BeforeEach
    void files() throws IOException {
        base = List.of("--config-dir", SeedFiles.configDir(dir, true).toString(),
                "--host", SeedFiles.host(dir, SeedFiles.HOST).toString(), "--seed", "5", "--json");
    }

    private Map<String, Object> explain(String... args) throws IOException {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r::err);
        return Json.object(r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void droppedPacketNamesTheDirectRuleAndItsNftForm() throws IOException {
        Map<String, Object> doc = explain("--out", "--oif", "enp3s0", "tcp", "198.18.0.2:80");
        assertEquals("packet", doc.get("kind"));
        assertEquals("drop", doc.get("verdict"));
        assertEquals("dropped", doc.get("fate"));
        Map<String, Object> by = (Map<String, Object>) doc.get("decidedBy");
        assertEquals("rule", by.get("kind"));
        assertEquals("output", by.get("hook"));
        Map<String, Object> rule = (Map<String, Object>) by.get("rule");
        assertEquals("ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP", rule.get("origin"));
        assertTrue(((String) rule.get("nft")).endsWith("drop"), () -> "" + rule);
        List<Object> steps = (List<Object>) doc.get("steps");
        assertEquals("hook", ((Map<String, Object>) steps.getFirst()).get("step"));
        Map<String, Object> packet = (Map<String, Object>) doc.get("packet");
        assertEquals(80L, packet.get("dport"));
        assertEquals("SYN", packet.get("tcpFlags"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void httpConnectionListsItsLostPacketsAndTimesOut() throws IOException {
        Map<String, Object> doc = explain("--connect", "tcp", "198.18.0.2:80");
        assertEquals("connection", doc.get("kind"));
        assertEquals("timeout", doc.get("outcome"));
        assertEquals("outbound", doc.get("direction"));
        List<Object> packets = (List<Object>) doc.get("packets");
        List<Object> lost = (List<Object>) doc.get("lost");
        assertEquals(7, packets.size());
        assertEquals(7, lost.size());
        Map<String, Object> last = (Map<String, Object>) packets.getLast();
        assertEquals(63_000L, last.get("atMillis"));
        assertEquals(Boolean.TRUE, last.get("lost"));
        assertTrue(((String) doc.get("client")).startsWith("198.18.0.1:"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void policyDecisionHasNoRule() throws IOException {
        Path empty = java.nio.file.Files.writeString(dir.resolve("empty.json"), "{\"nftables\": []}");
        List<String> args = new ArrayList<>(base);
        args.set(args.indexOf("--config-dir"), "--ruleset");
        args.set(args.indexOf("--ruleset") + 1, empty.toString());
        args.addAll(List.of("--in", "--from", "198.18.0.2", "tcp", "198.18.0.1:22"));
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::err);
        Map<String, Object> doc = Json.object(r.out());
        assertEquals("accept", doc.get("verdict"));
        Map<String, Object> by = (Map<String, Object>) doc.get("decidedBy");
        assertEquals("none", by.get("kind"));
        assertNull(by.get("rule"));
        assertTrue(((List<Object>) doc.get("notes")).contains("arrives on enp3s0, the interface the host routes 198.18.0.2 by"));
    }
}
