package org.portcullis.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.analysis.check.render.CheckText;
import org.portcullis.analysis.explain.render.ExplainHeader;

class CheckTextTest {
    private static final ExplainHeader HEADER = new ExplainHeader("configuration directory conf", "base1", List.of("loaded"));

    @Test
    void aFindingShowsItsFlowTheLostPacketTheFixAndTheCount() {
        List<String> lines = CheckText.lines(Scenarios.check(Scenarios.seed(false), Scenarios.V4_ONLY, List.of(), null), HEADER);
        assertEquals(List.of("ruleset: configuration directory conf", "host: base1", "note: loaded"), lines.subList(0, 3));
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("warning: [replies-dropped] replies dropped on enp3s0 (ipv4)"))
                .findFirst().orElseThrow());
        assertTrue(lines.get(at + 1).matches("  flow: tcp 192\\.0\\.2\\.10:\\d+ -> 198\\.18\\.0\\.1:22 \\(a peer connects in\\): timeout"),
                lines.get(at + 1));
        assertTrue(lines.get(at + 2).matches("    lost: SYN-ACK 198\\.18\\.0\\.1:22 -> 192\\.0\\.2\\.10:\\d+ dropped in output by "
                + "ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP"), lines.get(at + 2));
        assertTrue(lines.contains("  fix: firewall-cmd --permanent --direct --add-rule ipv4 filter OUTPUT 0 -o enp3s0 -m state"
                + " --state RELATED,ESTABLISHED -j ACCEPT"), String.join("\n", lines));
        assertTrue(lines.contains("  why: accept established and related packets ahead of 'ipv4 filter OUTPUT 1000 -o enp3s0 -j DROP'"),
                String.join("\n", lines));
        assertEquals("warnings: 2", lines.getLast());
    }

    @Test
    void anOpenIpv6FlowSaysWhatLetItThrough() {
        List<String> lines = CheckText.lines(Scenarios.check(Scenarios.seed(true), Scenarios.DUAL, List.of(), null), HEADER);
        assertTrue(lines.stream().anyMatch(l -> l.matches("    SYN \\[2001:db8::1]:\\d+ -> \\[2001:db8::2]:80 sent: no rule stopped it \\(.*\\)")),
                String.join("\n", lines));
    }

    @Test
    void noFindingSaysSo() {
        assertEquals("no warnings", CheckText.lines(new CheckReport(List.of(), List.of()), HEADER).getLast());
    }
}
