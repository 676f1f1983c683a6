package org.portcullis.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.Explainer;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.render.TextRenderer;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.analysis.explain.source.DaemonSources;
import org.portcullis.analysis.explain.source.LoadedRuleset;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.SourceMap;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;

/**
 * {@code --config-dir} over a directory with zones: the zone each packet is handed to and why, and the zone
 * item that decided. Zone rules are named through the source map; until the zone compiler gives them
 * origins, {@link #named} names the deciding rule as the compiler is to name it, after checking the rule is
 * in the chain that item compiles to.
 */
class ExplainZonesTest {
    @TempDir
    Path dir;
    List<String> base;

    @BeforeEach
    void files() throws IOException {
        base = List.of("--config-dir", ZoneFiles.configDir(dir).toString(),
                "--host", SeedFiles.host(dir, ZoneFiles.HOST).toString(), "--seed", "1");
    }

    private Run explain(String... args) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> r.err() + r.out());
        return r;
    }

    /**
     * The text explanation of one packet, the deciding rule named {@code origin} unless the compiler named it
     * already; the deciding rule must sit in {@code chain}.
     */
    private List<String> named(String chain, Origin origin, String... args) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(args));
        ExplainArgs a = ExplainArgsParser.parse(all);
        LoadedRuleset loaded = ExplainCommand.source(a, DaemonSources.NONE).load();
        ExplainedPacket p = new Explainer(loaded.compiled(), ExplainCommand.host(a), 1).packet(ExplainCommand.query(a));
        Step.RuleMatched by = assertInstanceOf(Step.RuleMatched.class, Words.decidingStep(p.record().trace()));
        assertEquals(chain, by.rule().chain(), by::toString);
        Compiled c = withOrigin(loaded.compiled(), by.rule(), origin);
        return new TextRenderer(new RuleNamer(c.ruleset(), c.sourceMap()), new ExplainHeader("test", "base1")).packet(p);
    }

    static Compiled withOrigin(Compiled c, RuleRef ref, Origin origin) {
        Map<org.portcullis.compile.RuleRef, Origin> origins = new HashMap<>(c.sourceMap().origins());
        origins.putIfAbsent(new org.portcullis.compile.RuleRef(ref.family(), ref.table(), ref.chain(), ref.index()), origin);
        return new Compiled(c.ruleset(), new SourceMap(origins));
    }

    private static void contains(List<String> lines, String line) {
        assertTrue(lines.contains(line), () -> "no line '" + line + "' in\n" + String.join("\n", lines));
    }

    @Test
    void httpOnTheBoundInterfaceIsRejectedByPublicsTarget() {
        Run r = explain("--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:80");
        assertEquals("verdict: reject", r.last());
        assertEquals(List.of("zone: public (interface enp3s0)"), r.starting("zone:"));
        List<String> text = named("filter_IN_public", new Origin.FromZone("public", "target default"),
                "--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:80");
        contains(text, "zone: public (interface enp3s0)");
        contains(text, "decided by: zone public: target default (reject with icmpx admin-prohibited)");
    }

    @Test
    void sshOnTheBoundInterfaceIsAcceptedByPublicsService() {
        Run r = explain("--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertEquals("verdict: accept", r.last());
        assertEquals(List.of("zone: public (interface enp3s0)"), r.starting("zone:"));
        contains(named("filter_IN_public_allow", new Origin.FromZone("public", "service ssh"),
                "--in", "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:22"),
                "decided by: zone public: service ssh (accept)");
    }

    @Test
    void theRichRuleAdmitsItsSourceOnly() {
        assertEquals("verdict: reject", explain("--in", "--from", "198.18.0.8", "tcp", "198.18.0.1:8080").last());
        Run r = explain("--in", "--from", "198.18.0.7", "tcp", "198.18.0.1:8080");
        assertEquals("verdict: accept", r.last());
        assertEquals(List.of("zone: public (interface enp3s0)"), r.starting("zone:"));
        String item = "rich rule '" + RichRuleParser.parse(ZoneFiles.RICH) + "'";
        contains(named("filter_IN_public_allow", new Origin.FromZone("public", item),
                "--in", "--from", "198.18.0.7", "tcp", "198.18.0.1:8080"),
                "decided by: zone public: " + item + " (accept)");
    }

    @Test
    void aBoundSourceTakesThePacketToItsZoneWithItsOwnServices() {
        Run http = explain("--in", "--iif", "enp3s0", "--from", "198.18.4.5", "tcp", "198.18.0.1:80");
        assertEquals("verdict: accept", http.last());
        assertEquals(List.of("zone: internal (source 198.18.4.0/24)"), http.starting("zone:"));
        contains(named("filter_IN_internal_allow", new Origin.FromZone("internal", "service http"),
                "--in", "--iif", "enp3s0", "--from", "198.18.4.5", "tcp", "198.18.0.1:80"),
                "decided by: zone internal: service http (accept)");
        assertEquals("verdict: accept", explain("--in", "--from", "198.18.4.5", "tcp", "198.18.0.1:8443").last(),
                "webapp is defined in services/ of the directory");
        assertEquals("verdict: reject", explain("--in", "--from", "198.18.0.2", "tcp", "198.18.0.1:8443").last());
    }

    @Test
    void anUnboundInterfaceIsInTheDefaultZoneOfFirewalldConf() {
        Run r = explain("--in", "--iif", "enp4s0", "--from", "198.18.1.9", "tcp", "198.18.0.1:80");
        assertEquals(List.of("zone: work (default zone)"), r.starting("zone:"));
        assertEquals("verdict: reject", r.last());
    }

    @Test
    void aZoneFileThatCannotBeReadIsSkippedAndSaid() {
        Run r = explain("--in", "--from", "198.18.0.2", "tcp", "198.18.0.1:22");
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("note: skipped ") && l.contains("broken.xml")), r.out());
    }

    @Test
    void aConnectionNamesTheZoneOfEachPacketAndItsLostPackets() {
        Run r = explain("--connect", "--from", "198.18.0.2", "tcp", "198.18.0.1:80");
        assertEquals("outcome: unreachable", r.last());
        assertTrue(r.lines().contains("  zone: public (interface enp3s0)"), r.out());
        assertTrue(r.starting("lost: SYN ").getFirst().contains(" rejected in input by "), r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonNamesTheZoneAndTheDecidingItem() throws IOException {
        Run r = explain("--json", "--in", "--iif", "enp3s0", "--from", "198.18.4.5", "tcp", "198.18.0.1:80");
        Map<String, Object> doc = Json.object(r.out());
        assertEquals(List.of(Map.of("zone", "internal", "binding", "source 198.18.4.0/24", "hook", "input")), doc.get("zones"));
        Map<String, Object> by = (Map<String, Object>) doc.get("decidedBy");
        assertEquals("filter_IN_internal_allow", ((Map<String, Object>) by.get("rule")).get("chain"));
        assertTrue(by.containsKey("zone") && by.containsKey("policy") && by.containsKey("item"), by::toString);
        Map<String, Object> out = Json.object(explain("--json", "--out", "--oif", "enp3s0", "tcp", "198.18.0.2:22").out());
        assertEquals(List.of(), out.get("zones"), "output is not dispatched to a zone");
    }
}
