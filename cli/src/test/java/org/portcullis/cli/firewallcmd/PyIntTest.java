package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class PyIntTest {
    @Test
    void acceptsWhatPythonIntAccepts() {
        assertEquals(OptionalInt.of(0), PyInt.parse("0"));
        assertEquals(OptionalInt.of(-5), PyInt.parse("-5"));
        assertEquals(OptionalInt.of(7), PyInt.parse("+7"));
        assertEquals(OptionalInt.of(12), PyInt.parse(" 12\t"));
        assertEquals(OptionalInt.of(1000), PyInt.parse("1_000"));
        assertEquals(OptionalInt.of(3), PyInt.parse("٣"));
        assertEquals(OptionalInt.of(Integer.MIN_VALUE), PyInt.parse("-2147483648"));
    }

    @Test
    void refusesTheRest() {
        for (String s : new String[] {"", "-", "1.5", "0x10", "_1", "1_", "1__0", "ten", "2147483648", "1 2"}) {
            assertEquals(OptionalInt.empty(), PyInt.parse(s), s);
        }
    }
}
