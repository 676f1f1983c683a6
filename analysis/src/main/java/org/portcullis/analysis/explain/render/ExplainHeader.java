package org.portcullis.analysis.explain.render;

import java.util.List;

/**
 * What an explanation was made against: the ruleset's source, the host model's name, and notes on loading
 * the ruleset (e.g. configuration files that were skipped).
 */
public record ExplainHeader(String ruleset, String host, List<String> notes) {
    public ExplainHeader {
        notes = List.copyOf(notes);
    }

    public ExplainHeader(String ruleset, String host) {
        this(ruleset, host, List.of());
    }
}
