package org.portcullis.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.nft.Family;
import org.portcullis.nft.Table;

/** The whole configuration: direct tables first, the zone table beside them when there are zones. */
class FirewallCompilerTest {
    private static final DirectConfig DIRECT = DirectConfig.of(List.of(), List.of(
            new DirectRule(Ipv.IPV4, "filter", "OUTPUT", 1000, List.of("-o", "enp3s0", "-j", "DROP"))), List.of());

    @Test
    void withoutZonesOnlyTheDirectTablesAreCompiled() {
        assertEquals(DirectCompiler.compile(DIRECT), FirewallCompiler.compile(DIRECT, ZoneSet.EMPTY));
    }

    @Test
    void zonesAddTheZoneTableAfterTheDirectTablesAndKeepTheDirectSourceMap() {
        Compiled direct = DirectCompiler.compile(DIRECT);
        Compiled all = FirewallCompiler.compile(DIRECT, ZoneSet.of(CatalogLoader.load(null, null), "public", "off"));
        List<Table> tables = all.ruleset().tables();
        assertEquals(direct.ruleset().tables(), tables.subList(0, tables.size() - 1));
        assertEquals(Family.INET, tables.getLast().family());
        assertEquals("portcullis", tables.getLast().name());
        assertNotNull(tables.getLast().chain("filter_IN_public"));
        direct.sourceMap().origins().forEach((ref, origin) -> assertEquals(origin, all.sourceMap().origin(ref).orElseThrow()));
    }

    @Test
    void panicWithoutZonesStillCompilesTheZoneTable() {
        Compiled all = FirewallCompiler.compile(DirectConfig.EMPTY, ZoneSet.EMPTY.withPanic(true));
        assertNotNull(all.ruleset().table(Family.INET, "portcullis"));
        assertNull(FirewallCompiler.compile(DirectConfig.EMPTY, ZoneSet.EMPTY).ruleset().table(Family.INET, "portcullis"));
    }
}
