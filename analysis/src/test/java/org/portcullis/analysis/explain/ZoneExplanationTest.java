package org.portcullis.analysis.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.render.JsonRenderer;
import org.portcullis.analysis.explain.render.TextRenderer;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.FirewallCompiler;
import org.portcullis.compile.Origin;
import org.portcullis.compile.SourceMap;
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.nft.Hook;

/**
 * Zone decisions explained: the zone a packet was handed to and why, and the zone item that decided. Zone
 * rules are named through the source map; where the compiler gives them no origin yet, the test names the
 * deciding rule itself after checking it is the rule it claims to be.
 */
class ZoneExplanationTest {
    private static final IpAddress SELF = IpAddress.parse("198.18.0.1");

    private static final Compiled COMPILED = FirewallCompiler.compile(
            DirectConfig.of(List.of(), List.of(Fixtures.rule(0, "-o", "enp3s0", "-p", "tcp", "--dport", "22", "-j", "ACCEPT")), List.of()),
            zones());

    private static ZoneSet zones() {
        ZoneSet stock = ZoneSet.of(CatalogLoader.load(null, null), "public", "off");
        return stock.with(stock.zone("public").withInterface("enp3s0"))
                .with(stock.zone("internal").withSource(new ZoneSource.Address("198.18.4.0/24")).withService("http"));
    }

    private static ExplainedPacket in(Compiled c, String iif, String from, int dport) {
        return new Explainer(c, Fixtures.base1(), 1).packet(new PacketQuery(PacketPath.IN, IpProto.TCP,
                IpAddress.parse(from), 40000, SELF, dport, iif, null, CtState.NEW, -1, -1));
    }

    private static Step.RuleMatched decider(ExplainedPacket p) {
        return assertInstanceOf(Step.RuleMatched.class, Words.decidingStep(p.record().trace()));
    }

    /** The compiled source map, with {@code origin} for the rule at {@code ref} unless the compiler named it already. */
    private static Compiled naming(RuleRef ref, Origin origin) {
        Map<org.portcullis.compile.RuleRef, Origin> origins = new HashMap<>(COMPILED.sourceMap().origins());
        origins.putIfAbsent(new org.portcullis.compile.RuleRef(ref.family(), ref.table(), ref.chain(), ref.index()), origin);
        return new Compiled(COMPILED.ruleset(), new SourceMap(origins));
    }

    private static List<String> text(Compiled c, ExplainedPacket p) {
        return new TextRenderer(new RuleNamer(c.ruleset(), c.sourceMap()), new ExplainHeader("test", "base1")).packet(p);
    }

    @Test
    void theZoneIsTheOneTheInterfaceIsBoundTo() {
        ExplainedPacket p = in(COMPILED, "enp3s0", "198.18.0.2", 80);
        assertEquals(List.of(new ZoneBinding("public", "interface enp3s0", Hook.INPUT)),
                ZoneBindings.of(p.record().trace(), new RuleNamer(COMPILED.ruleset(), COMPILED.sourceMap())));
        assertTrue(text(COMPILED, p).contains("zone: public (interface enp3s0)"), () -> String.join("\n", text(COMPILED, p)));
    }

    @Test
    void aBoundSourceWinsOverTheInterface() {
        ExplainedPacket p = in(COMPILED, "enp3s0", "198.18.4.5", 80);
        assertTrue(text(COMPILED, p).contains("zone: internal (source 198.18.4.0/24)"), () -> String.join("\n", text(COMPILED, p)));
        assertEquals("verdict: accept", text(COMPILED, p).getLast());
    }

    @Test
    void anUnboundInterfaceFallsToTheDefaultZone() {
        ExplainedPacket p = in(COMPILED, "enp4s0", "198.18.1.9", 22);
        assertTrue(text(COMPILED, p).contains("zone: public (default zone)"), () -> String.join("\n", text(COMPILED, p)));
    }

    @Test
    void theDispatchRulesOriginNamesTheBindingWhenThereIsOne() {
        ExplainedPacket p = in(COMPILED, "enp3s0", "198.18.0.2", 80);
        Step.RuleMatched dispatch = p.record().trace().steps().stream()
                .filter(s -> s instanceof Step.RuleMatched m && m.rule().chain().equals("filter_INPUT_ZONES"))
                .map(Step.RuleMatched.class::cast).findFirst().orElseThrow();
        Map<org.portcullis.compile.RuleRef, Origin> origins = new HashMap<>();
        RuleRef r = dispatch.rule();
        origins.put(new org.portcullis.compile.RuleRef(r.family(), r.table(), r.chain(), r.index()),
                new Origin.FromZone("public", "interface enp3s0 (bound at runtime)"));
        RuleNamer namer = new RuleNamer(COMPILED.ruleset(), new SourceMap(origins));
        assertEquals(List.of(new ZoneBinding("public", "interface enp3s0 (bound at runtime)", Hook.INPUT)),
                ZoneBindings.of(p.record().trace(), namer));
    }

    @Test
    void aRejectedPacketIsDecidedByTheZonesTarget() {
        ExplainedPacket p = in(COMPILED, "enp3s0", "198.18.0.2", 80);
        Step.RuleMatched by = decider(p);
        assertEquals("filter_IN_public", by.rule().chain());
        assertEquals(COMPILED.ruleset().table(by.rule().family(), by.rule().table()).chain("filter_IN_public").rules().size() - 1,
                by.rule().index(), "the last rule of the zone's chain is its target");
        List<String> text = text(naming(by.rule(), new Origin.FromZone("public", "target default")), p);
        assertTrue(text.contains("decided by: zone public: target default (reject with icmpx admin-prohibited)"), String.join("\n", text));
        assertEquals("verdict: reject", text.getLast());
    }

    @Test
    void anAcceptedPacketIsDecidedByTheZonesService() {
        ExplainedPacket p = in(COMPILED, "enp3s0", "198.18.0.2", 22);
        Step.RuleMatched by = decider(p);
        assertEquals("filter_IN_public_allow", by.rule().chain());
        Compiled named = naming(by.rule(), new Origin.FromZone("public", "service ssh"));
        assertTrue(new RuleNamer(named.ruleset(), named.sourceMap()).label(by.rule()).nft().contains("dport == 22"));
        List<String> text = text(named, p);
        assertTrue(text.contains("decided by: zone public: service ssh (accept)"), String.join("\n", text));
        String json = new JsonRenderer(new RuleNamer(named.ruleset(), named.sourceMap()), new ExplainHeader("test", "base1")).packet(p);
        assertTrue(json.contains("\"zone\" : \"public\"") && json.contains("\"item\" : \"service ssh\""), json);
        assertTrue(json.contains("\"binding\" : \"interface enp3s0\""), json);
    }

    @Test
    void aPolicyRuleIsNamedWithItsVerdictToo() {
        ExplainedPacket p = in(COMPILED, "enp3s0", "198.18.0.2", 22);
        Step.RuleMatched by = decider(p);
        RuleRef r = by.rule();
        Compiled named = new Compiled(COMPILED.ruleset(), new SourceMap(Map.of(new org.portcullis.compile.RuleRef(
                r.family(), r.table(), r.chain(), r.index()), new Origin.FromPolicy("allow-host-ipv6", "service ssh"))));
        assertTrue(text(named, p).contains("decided by: policy allow-host-ipv6: service ssh (accept)"));
    }

    @Test
    void theFirstRuleThatAcceptedDecidesNotALaterChainsPolicy() {
        ExplainedPacket p = new Explainer(COMPILED, Fixtures.base1(), 1).packet(new PacketQuery(PacketPath.OUT,
                IpProto.TCP, null, -1, IpAddress.parse("198.18.0.2"), 22, null, "enp3s0", CtState.NEW, -1, -1));
        assertInstanceOf(Step.PolicyApplied.class, p.record().trace().verdict().decidedBy(),
                "the zone table's output chain accepts last, by its policy");
        List<String> text = text(COMPILED, p);
        assertTrue(text.contains("decided by: ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT"), String.join("\n", text));
        assertTrue(text.stream().noneMatch(l -> l.startsWith("zone:")), "output is not dispatched to a zone");
    }
}
