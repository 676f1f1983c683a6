package org.portcullis.model.rich;

import java.util.Comparator;
import java.util.Optional;

/**
 * A rich rule: an optional family and priority, source, destination, one element, logging, audit and an
 * action. Every instance has passed firewalld's checks; {@link #toString()} is the canonical string.
 */
public record RichRule(int priority, Optional<Family> family, Optional<RuleSource> source,
                       Optional<RuleDestination> destination, Optional<Element> element,
                       Optional<Logging> logging, Optional<Audit> audit, Optional<Action> action) {

    public static final int PRIORITY_MIN = -32768;
    public static final int PRIORITY_MAX = 32767;

    /** Orders rules by priority only, the order {@code --list-all} prints them in (stable sort). */
    public static final Comparator<RichRule> BY_PRIORITY = Comparator.comparingInt(RichRule::priority);

    public RichRule {
        RuleCheck.check(priority, family, source, destination, element, logging, audit, action);
    }

    /** The canonical string, as firewalld lists the rule. */
    @Override
    public String toString() {
        return RichRulePrinter.print(this);
    }
}
