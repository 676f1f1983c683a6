package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.testkit.ExecResult;

class TranscriptTest {
    private static final String TEXT = """
            # firewall-cmd transcript recorded from the real firewalld 1.3.3
            #   [end]                    end of the entry

            $ firewall-cmd --direct --add-rule ipv4 filter OUTPUT 11 -m comment --comment 'it'"'"'s fine' -j ACCEPT
            [exit 0]
            [stdout]
            |success
            [stderr]
            [end]
            # restart
            # a remark

            $ firewall-cmd --nosuchoption
            [exit 2]
            [stdout]
            [stderr]
            |usage: x\s
            |
            |no newline
            [no newline at end]
            [end]
            """;

    @Test
    void entriesKeepArgumentsAndExactOutputAndDirectivesStayInOrder() {
        Transcript t = Transcript.parse(TEXT);
        assertEquals(3, t.steps().size());
        Transcript.Entry first = (Transcript.Entry) t.steps().get(0);
        assertEquals(List.of("--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "11", "-m", "comment",
                "--comment", "it's fine", "-j", "ACCEPT"), first.args());
        assertEquals(new ExecResult(0, "success\n", ""), first.expected());
        assertEquals(new Transcript.Directive(10, List.of("restart")), t.steps().get(1));
        Transcript.Entry last = (Transcript.Entry) t.steps().get(2);
        assertEquals(13, last.line());
        assertEquals(new ExecResult(2, "", "usage: x \n\nno newline"), last.expected());
    }

    @Test
    void malformedEntriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Transcript.parse("$ firewall-cmd --state\n[exit 0]\n[end]\n"));
        assertThrows(IllegalArgumentException.class, () -> Transcript.parse("$ ls\n[exit 0]\n[stdout]\n[stderr]\n[end]\n"));
    }
}
