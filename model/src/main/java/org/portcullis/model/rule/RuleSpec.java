package org.portcullis.model.rule;

import java.util.List;

/**
 * The parsed arguments of an iptables-syntax rule: matches in the order written and the target, which
 * is null for a rule without {@code -j}/{@code -g} (it only counts).
 */
public record RuleSpec(List<Match> matches, Target target) {
    public RuleSpec {
        matches = List.copyOf(matches);
    }
}
