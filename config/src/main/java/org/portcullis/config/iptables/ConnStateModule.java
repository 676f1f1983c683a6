package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portcullis.model.rule.CtState;
import org.portcullis.model.rule.Match;

/** {@code -m state --state} and {@code -m conntrack --ctstate}. */
final class ConnStateModule implements MatchModule {
    private static final Set<String> CONNTRACK_OTHER = Set.of("--ctproto", "--ctorigsrc", "--ctorigdst",
            "--ctreplsrc", "--ctrepldst", "--ctorigsrcport", "--ctorigdstport", "--ctreplsrcport",
            "--ctrepldstport", "--ctstatus", "--ctexpire", "--ctdir");

    private final boolean conntrack;
    private final List<Match> matches = new ArrayList<>();

    ConnStateModule(boolean conntrack) {
        this.conntrack = conntrack;
    }

    @Override
    public String name() {
        return conntrack ? "conntrack" : "state";
    }

    private String option() {
        return conntrack ? "--ctstate" : "--state";
    }

    @Override
    public boolean knows(String option) {
        return option.equals(option()) || conntrack && CONNTRACK_OTHER.contains(option);
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (!option.equals(option())) {
            throw IptablesError.unsupported("\"" + option + "\" (conntrack match)");
        }
        if (!matches.isEmpty()) {
            throw IptablesError.once(name(), option);
        }
        String text = args.value(option);
        Set<CtState> states = EnumSet.noneOf(CtState.class);
        for (String word : text.split(",", -1)) {
            CtState s = state(word);
            if (s == null) {
                throw IptablesError.option((conntrack ? "Bad ctstate \"" : "Bad state \"") + word + "\"");
            }
            states.add(s);
        }
        matches.add(new Match.ConnState(states, conntrack, negated));
    }

    private CtState state(String word) {
        for (CtState s : CtState.values()) {
            if (s.name().equals(word.toUpperCase(Locale.ROOT))) {
                return conntrack || (s != CtState.SNAT && s != CtState.DNAT) ? s : null;
            }
        }
        return null;
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (matches.isEmpty()) {
            throw IptablesError.option(conntrack ? "conntrack: At least one option is required"
                    : "state: option \"--state\" must be specified\n");
        }
        return matches;
    }

    /** How Portcullis prints a state set: iptables-save's order. */
    static String format(Set<CtState> states) {
        StringBuilder sb = new StringBuilder();
        for (CtState s : List.of(CtState.INVALID, CtState.NEW, CtState.RELATED, CtState.ESTABLISHED,
                CtState.UNTRACKED, CtState.SNAT, CtState.DNAT)) {
            if (states.contains(s)) {
                sb.append(sb.isEmpty() ? "" : ",").append(s.name());
            }
        }
        return sb.toString();
    }
}
