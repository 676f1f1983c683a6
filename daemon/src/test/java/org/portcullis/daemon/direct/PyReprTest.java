package org.portcullis.daemon.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PyReprTest {
    @Test
    void tuplesAndLists() {
        assertEquals("('-j', 'ACCEPT')", PyRepr.tuple(List.of("-j", "ACCEPT")));
        assertEquals("('x',)", PyRepr.tuple(List.of("x")));
        assertEquals("()", PyRepr.tuple(List.of()));
        assertEquals("['-j', 'ACCEPT']", PyRepr.list(List.of("-j", "ACCEPT")));
        assertEquals("[]", PyRepr.list(List.of()));
    }

    @Test
    void stringsAsPythonQuotesThem() {
        assertEquals("\"it's\"", PyRepr.str("it's"));
        assertEquals("'say \"hi\"'", PyRepr.str("say \"hi\""));
        assertEquals("'both \\' and \"'", PyRepr.str("both ' and \""));
        assertEquals("'a\\\\b'", PyRepr.str("a\\b"));
        assertEquals("'tab\\there'", PyRepr.str("tab\there"));
        assertEquals("'žluťoučký'", PyRepr.str("žluťoučký"));
        assertEquals("'\\x00\\x7f'", PyRepr.str("\u0000\u007f"));
    }

    @Test
    void zoneChainNames() {
        assertEquals(true, ZoneChains.isZoneChain("IN_public"));
        assertEquals(true, ZoneChains.isZoneChain("FWD_work_allow"));
        assertEquals(true, ZoneChains.isZoneChain("PRE_trusted_pre"));
        assertEquals(false, ZoneChains.isZoneChain("IN_mine"));
        assertEquals(false, ZoneChains.isZoneChain("INPUT_direct"));
        assertEquals(false, ZoneChains.isZoneChain("public"));
    }
}
