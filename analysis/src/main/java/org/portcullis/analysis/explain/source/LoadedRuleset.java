package org.portcullis.analysis.explain.source;

import java.util.List;

import org.portcullis.compile.Compiled;

/** A ruleset ready to explain, and notes on what loading it left out (e.g. configuration files that failed to load). */
public record LoadedRuleset(Compiled compiled, List<String> notes) {
    public LoadedRuleset {
        notes = List.copyOf(notes);
    }

    public LoadedRuleset(Compiled compiled) {
        this(compiled, List.of());
    }
}
