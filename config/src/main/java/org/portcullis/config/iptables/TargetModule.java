package org.portcullis.config.iptables;

import org.portcullis.model.rule.Target;

/** The loaded target of a rule ({@code -j NAME} or {@code -g CHAIN}) collecting its options. */
interface TargetModule {
    String name();

    boolean knows(String option);

    void parse(String option, boolean negated, ArgCursor args, RuleContext rule);

    /** Checks once every option has been read, including where the kernel allows the target. */
    Target finish(RuleContext rule);
}
