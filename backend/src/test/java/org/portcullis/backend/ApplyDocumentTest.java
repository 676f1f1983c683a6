package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;

class ApplyDocumentTest {

    @Test
    void recreatesDesiredTablesAndDeletesOnlyOwnedOnesNoLongerWanted() {
        String doc = ApplyDocument.build(Rulesets.b(), List.of(new TableId(Family.INET, "portcullis_direct"),
                new TableId(Family.IP, "portcullis_sets")));
        List<String> lines = doc.lines().toList();
        assertEquals("delete table ip portcullis_sets", lines.get(0));
        assertEquals("add table inet portcullis_direct", lines.get(1));
        assertEquals("delete table inet portcullis_direct", lines.get(2));
        assertEquals("table inet portcullis_direct {", lines.get(3));
        assertTrue(doc.contains("tcp dport == 80 reject with tcp reset"));
        assertEquals(1, doc.lines().filter(l -> l.startsWith("delete table ip ")).count());
    }

    @Test
    void removingEverythingDeletesEachOwnedTable() {
        assertEquals("delete table inet portcullis_direct\n",
                ApplyDocument.deleteAll(List.of(new TableId(Family.INET, "portcullis_direct"))));
        assertEquals("", ApplyDocument.build(Ruleset.EMPTY, List.of()));
    }
}
