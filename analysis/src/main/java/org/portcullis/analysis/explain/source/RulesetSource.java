package org.portcullis.analysis.explain.source;

/** Where a ruleset to explain comes from: the ruleset and the source map naming the origin of its rules. */
public interface RulesetSource {

    /** Loads the ruleset; errors are FirewallException. */
    LoadedRuleset load();

    /** Says where the ruleset comes from, for the explanation's header. */
    String describe();
}
