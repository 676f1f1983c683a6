package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.rule.Target;

/** The loaded target of a rule ({@code -j NAME} or {@code -g CHAIN}) collecting its options. */
interface TargetModule {
    String name();

    /** The long options this extension adds to iptables' option table. */
    List<String> options();

    default boolean knows(String option) {
        return options().contains(option);
    }

    void parse(String option, boolean negated, ArgCursor args, RuleContext rule);

    /** Checks once every option has been read, including where the kernel allows the target. */
    Target finish(RuleContext rule);
}
