package org.portcullis.config.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values were produced by CPython's shlex.split and shlex.quote. */
class ShlexTest {
    @Test
    void splitsLikePythonPosixShlex() {
        assertEquals(List.of("a", "b c", "d"), Shlex.split("a 'b c' d"));
        assertEquals(List.of("ab cd"), Shlex.split("a\"b c\"d"));
        assertEquals(List.of("a b"), Shlex.split("a\\ b"));
        assertEquals(List.of("a\"b"), Shlex.split("\"a\\\"b\""));
        assertEquals(List.of("a\\b"), Shlex.split("\"a\\b\""));
        assertEquals(List.of("a\\b"), Shlex.split("\"a\\\\b\""));
        assertEquals(List.of("a\\b"), Shlex.split("'a\\b'"));
        assertEquals(List.of("a'b"), Shlex.split("a\\'b"));
        assertEquals(List.of(""), Shlex.split("''"));
        assertEquals(List.of("xy"), Shlex.split("x\"\"y"));
        assertEquals(List.of(), Shlex.split(""));
        assertEquals(List.of("a", "b"), Shlex.split("  a\tb\n"));
        assertEquals(List.of("a#b", "#c"), Shlex.split("a#b #c"));
        assertEquals(List.of("a\nb"), Shlex.split("a\\\nb"));
        assertEquals(List.of("é", "ü"), Shlex.split("é 'ü'"));
        assertEquals(List.of("-m", "comment", "--comment", "allow web"),
                Shlex.split("-m comment --comment \"allow web\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {"'a|No closing quotation", "a\"|No closing quotation",
        "a\\|No escaped character", "\"a\\|No escaped character"})
    void refusesOpenQuotesAndTrailingEscapes(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shlex.split(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void quotesLikePythonShlexQuote() {
        assertEquals("''", Shlex.quote(""));
        assertEquals("'!'", Shlex.quote("!"));
        assertEquals("'it'\"'\"'s'", Shlex.quote("it's"));
        assertEquals("'žluťoučký'", Shlex.quote("žluťoučký"));
        assertEquals("RELATED,ESTABLISHED", Shlex.quote("RELATED,ESTABLISHED"));
        assertEquals("'$x'", Shlex.quote("$x"));
        assertEquals("'a b'", Shlex.quote("a b"));
        assertEquals("-j", Shlex.quote("-j"));
        assertEquals("@%+=:,./-_", Shlex.quote("@%+=:,./-_"));
        assertEquals("'\t'", Shlex.quote("\t"));
        assertEquals("'a\"b'", Shlex.quote("a\"b"));
    }

    @Test
    void joinsQuotedWords() {
        assertEquals("-m comment --comment 'allow web' -j ACCEPT",
                Shlex.join(List.of("-m", "comment", "--comment", "allow web", "-j", "ACCEPT")));
    }

    @Property
    void splitUndoesJoin(@ForAll List<String> words) {
        assertEquals(words, Shlex.split(Shlex.join(words)));
    }

    @Property
    void quotingIsOneWord(@ForAll String word) {
        assertEquals(List.of(word), Shlex.split(Shlex.quote(word)));
    }
}
