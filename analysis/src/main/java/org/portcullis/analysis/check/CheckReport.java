package org.portcullis.analysis.check;

import java.util.List;

/** The findings of a check, most severe first, and notes on what was assumed or could not be checked. */
public record CheckReport(List<Finding> findings, List<String> notes) {
    public CheckReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
