package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.nft.Family;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

class ApplyDocumentTest {

    @Test
    void recreatesDesiredTablesAndDeletesOnlyOwnedOnesNoLongerWanted() {
        String doc = ApplyDocument.build(Rulesets.b(), List.of(new TableId(Family.INET, "portcullis_direct"),
                new TableId(Family.IP, "portcullis_sets")));
        List<String> lines = doc.lines().toList();
        assertEquals("add table ip portcullis_sets", lines.get(0));
        assertEquals("delete table ip portcullis_sets", lines.get(1));
        assertEquals("add table inet portcullis_direct", lines.get(2));
        assertEquals("delete table inet portcullis_direct", lines.get(3));
        assertEquals("table inet portcullis_direct {", lines.get(4));
        assertTrue(doc.contains("tcp dport == 80 reject with tcp reset"));
        assertEquals(1, doc.lines().filter(l -> l.startsWith("delete table ip ")).count());
    }

    @Test
    void removingEverythingDeletesEachOwnedTable() {
        assertEquals("{\"nftables\":[{\"add\":{\"table\":{\"family\":\"inet\",\"name\":\"portcullis_direct\"}}},"
                + "{\"delete\":{\"table\":{\"family\":\"inet\",\"name\":\"portcullis_direct\"}}}]}",
                ApplyDocument.deleteAll(List.of(new TableId(Family.INET, "portcullis_direct"))));
        assertEquals("", ApplyDocument.build(Ruleset.EMPTY, List.of()));
    }

    @Test
    void namesTheTextSyntaxCannotCarryMakeAJsonDocument() {
        Ruleset keyword = new Ruleset(List.of(new Table(Family.INET, "portcullis_direct", List.of(), List.of(
                Rulesets.output("out", List.of(new Rule(List.of(Stmt.Verdict.jump("fwd"))))),
                new Chain("fwd", null, List.of())))));
        String doc = ApplyDocument.build(keyword, List.of(new TableId(Family.IP, "portcullis_old")));
        assertTrue(doc.startsWith("{\"nftables\":[{\"add\":{\"table\":{\"family\":\"ip\",\"name\":\"portcullis_old\"}}},"
                + "{\"delete\":{\"table\":{\"family\":\"ip\",\"name\":\"portcullis_old\"}}},"
                + "{\"add\":{\"table\":{\"family\":\"inet\",\"name\":\"portcullis_direct\"}}},"
                + "{\"delete\":{\"table\":{\"family\":\"inet\",\"name\":\"portcullis_direct\"}}},"), doc);
        assertTrue(doc.contains("{\"jump\":{\"target\":\"fwd\"}}"), doc);
        assertTrue(ApplyDocument.build(Rulesets.b(), List.of()).startsWith("add table"));
    }
}
