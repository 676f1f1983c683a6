package org.portcullis.analysis.check.render;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.analysis.check.CheckReport;
import org.portcullis.analysis.check.Finding;
import org.portcullis.analysis.check.Flow;
import org.portcullis.analysis.explain.render.ExplainHeader;

/**
 * A check report as text: the header, then per finding a {@code warning:} line, each flow that shows it with its
 * telling packet ({@code lost:} as explain words it), {@code also:} lines for flows cut the same way, the
 * {@code fix:} commands and the advice ({@code why:}); last {@code warnings: N} or {@code no warnings}.
 */
public final class CheckText {
    private CheckText() {
    }

    public static List<String> lines(CheckReport report, ExplainHeader header) {
        List<String> out = new ArrayList<>();
        out.add("ruleset: " + header.ruleset());
        out.add("host: " + header.host());
        header.notes().forEach(n -> out.add("note: " + n));
        report.notes().forEach(n -> out.add("note: " + n));
        for (Finding f : report.findings()) {
            out.add("warning: [" + f.kind() + "] " + f.title());
            for (Flow flow : f.flows()) {
                out.add("  flow: " + flow.what() + ": " + flow.outcome());
                out.add("    " + packet(flow));
            }
            f.also().forEach(a -> out.add("  also: " + a));
            f.fix().commands().forEach(c -> out.add("  fix: " + c));
            out.add("  why: " + f.fix().advice());
        }
        out.add(report.findings().isEmpty() ? "no warnings" : "warnings: " + report.findings().size());
        return out;
    }

    /** The telling packet: {@code lost: ...} as explain says it, or how a packet that passed got through. */
    private static String packet(Flow f) {
        if (f.packet().lost()) {
            return "lost: " + f.packetWords();
        }
        return f.packetWords() + (f.rule() != null ? ", accepted by " + f.decidedBy()
                : ": no rule stopped it (" + f.decidedBy() + ")");
    }
}
