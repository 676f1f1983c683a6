package org.portcullis.analysis.explain.render;

/** What an explanation was made against: the ruleset's source and the host model's name. */
public record ExplainHeader(String ruleset, String host) {
}
