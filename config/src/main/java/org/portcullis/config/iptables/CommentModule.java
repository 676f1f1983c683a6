package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.rule.Match;

/** {@code -m comment --comment TEXT}. */
final class CommentModule implements MatchModule {
    private Match.Comment comment;

    @Override
    public String name() {
        return "comment";
    }

    @Override
    public boolean knows(String option) {
        return option.equals("--comment");
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (negated) {
            throw IptablesError.notInvertible(name(), option);
        }
        if (comment != null) {
            throw IptablesError.once(name(), option);
        }
        comment = new Match.Comment(args.value(option));
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (comment == null) {
            throw IptablesError.option("comment: option \"--comment\" must be specified\n");
        }
        return List.of(comment);
    }
}
