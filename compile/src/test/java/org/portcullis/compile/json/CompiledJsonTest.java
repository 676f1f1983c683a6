package org.portcullis.compile.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.FirewallCompiler;
import org.portcullis.compile.Origin;
import org.portcullis.compile.RuleRef;
import org.portcullis.compile.SourceMap;
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.nft.Family;

/** A compiled configuration handed over as JSON comes back as the same ruleset with the same source map. */
class CompiledJsonTest {

    private static ZoneSet zones() {
        ZoneSet stock = ZoneSet.of(CatalogLoader.load(null, null), "public", "off");
        return stock.with(stock.zone("public").withInterface("enp3s0").withService("http")
                        .withRichRule(RichRuleParser.parse("rule family=\"ipv4\" source address=\"198.18.0.7\" port port=\"8080\" protocol=\"tcp\" accept")))
                .with(stock.zone("internal").withSource(new ZoneSource.Address("198.18.4.0/24")));
    }

    private static DirectConfig direct() {
        return DirectConfig.of(List.of(), List.of(
                new DirectRule(Ipv.IPV4, "filter", "OUTPUT", 0, List.of("-o", "enp3s0", "-p", "tcp", "--dport", "22", "-j", "ACCEPT")),
                new DirectRule(Ipv.IPV4, "filter", "INPUT", 5, List.of("-s", "198.18.0.9,198.18.0.10", "-j", "DROP"))),
                List.of(new Passthrough(Ipv.IPV6, List.of("-t", "filter", "-A", "OUTPUT", "-j", "ACCEPT"))));
    }

    @Test
    void directRulesAndZonesSurviveTheTrip() {
        Compiled compiled = FirewallCompiler.compile(direct(), zones());
        assertTrue(compiled.ruleset().table(Family.INET, "portcullis") != null, "the zone table is compiled");
        assertTrue(compiled.sourceMap().origins().values().stream().anyMatch(o -> o instanceof Origin.FromDirectRule d && d.part() == 1),
                "a rule split into parts is part of the sample");
        Compiled back = CompiledJson.of(compiled).compiled();
        assertEquals(compiled.ruleset(), back.ruleset());
        assertEquals(compiled.sourceMap(), back.sourceMap());
    }

    @Test
    void everyKindOfOriginSurvivesTheTrip() {
        Map<RuleRef, Origin> origins = new HashMap<>();
        origins.put(new RuleRef(Family.INET, "portcullis", "filter_IN_public_allow", 0), new Origin.FromZone("public", "service ssh"));
        origins.put(new RuleRef(Family.INET, "portcullis", "filter_IN_public", 7), new Origin.FromZone("public", "target default"));
        origins.put(new RuleRef(Family.INET, "portcullis", "filter_IN_policy_allow-host-ipv6", 2),
                new Origin.FromPolicy("allow-host-ipv6", "icmp-block 'nd \"x\"'"));
        origins.put(new RuleRef(Family.IP, "portcullis_direct", "INPUT", 0), new Origin.Builtin("jump to the user chain"));
        origins.put(new RuleRef(Family.IP6, "portcullis_direct", "OUTPUT", 3),
                new Origin.FromPassthrough(new Passthrough(Ipv.IPV6, List.of("-A", "OUTPUT", "-m", "comment", "--comment", "a b"))));
        SourceMap map = new SourceMap(origins);
        String json = SourceMapJson.write(map);
        assertEquals(map, SourceMapJson.read(json));
        assertEquals(json, SourceMapJson.write(SourceMapJson.read(json)), "the order is fixed");
    }

    @Test
    void refusesWhatIsNotASourceMap() {
        assertThrows(IllegalArgumentException.class, () -> SourceMapJson.read("[]"));
        assertThrows(IllegalArgumentException.class, () -> SourceMapJson.read("{\"sources\": [{\"family\": \"ip\"}]}"));
        assertThrows(IllegalArgumentException.class, () -> SourceMapJson.read("{\"sources\": [] } x"));
        assertThrows(IllegalArgumentException.class, () -> SourceMapJson.read("{\"sources\": [{\"family\": \"ip\","
                + " \"table\": \"t\", \"chain\": \"c\", \"index\": 0, \"origin\": {\"kind\": \"rumour\"}}]}"));
    }
}
