package org.portcullis.config.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class ShellWordsTest {

    @Test
    void quotesJoinAndProtect() {
        assertEquals(List.of("rule", "prefix=a b", "x"), ShellWords.split("rule prefix=\"a b\"  x"));
        assertEquals(List.of("it's", "a\"b", "c\\d"), ShellWords.split("'it'\\''s' \"a\\\"b\" \"c\\d\""));
        assertEquals(List.of("", "x"), ShellWords.split("'' x"));
        assertEquals(List.of("a b"), ShellWords.split("a\\ b"));
        assertEquals(List.of(), ShellWords.split("   "));
    }

    @Test
    void unbalancedInputFails() {
        FirewallException e = assertThrows(FirewallException.class, () -> ShellWords.split("a 'b"));
        assertEquals(ErrorCode.INVALID_RULE, e.code());
        assertEquals("No closing quotation", e.detail());
        assertEquals("No escaped character",
                assertThrows(FirewallException.class, () -> ShellWords.split("a \\")).detail());
    }
}
