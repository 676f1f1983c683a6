package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.rule.Match;

/** One loaded match extension ({@code -m NAME} or implied by {@code -p}) collecting its options. */
interface MatchModule {
    String name();

    boolean knows(String option);

    /** Reads the option's value(s) from {@code args}. */
    void parse(String option, boolean negated, ArgCursor args, RuleContext rule);

    /** Checks run once every option has been read; returns the module's matches in written order. */
    List<Match> finish(RuleContext rule);
}
