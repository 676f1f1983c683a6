package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.rule.Match;

/** {@code -m mark [!] --mark VALUE[/MASK]}. */
final class MarkModule implements MatchModule {
    private Match.Mark mark;

    @Override
    public String name() {
        return "mark";
    }

    @Override
    public boolean knows(String option) {
        return option.equals("--mark");
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (mark != null) {
            throw IptablesError.once(name(), option);
        }
        long[] vm = valueMask("mark", option, args.value(option));
        mark = new Match.Mark(vm[0], vm[1], negated);
    }

    /** Parses {@code V[/M]} (32-bit, C number syntax); the mask defaults to all ones. */
    static long[] valueMask(String module, String option, String text) {
        long[] v = Numbers.prefix(text, 0);
        if (v == null || v[0] > 0xffffffffL) {
            throw badInteger(module, option);
        }
        long mask = 0xffffffffL;
        int end = (int) v[1];
        if (end < text.length() && text.charAt(end) == '/') {
            long[] m = Numbers.prefix(text, end + 1);
            if (m == null || m[0] > 0xffffffffL) {
                throw badInteger(module, option);
            }
            mask = m[0];
            end = (int) m[1];
        }
        if (end != text.length()) {
            throw IptablesError.option(module + ": trailing garbage after value for option \"" + option + "\".\n");
        }
        return new long[] {v[0], mask};
    }

    private static IptablesError badInteger(String module, String option) {
        return IptablesError.option(module + ": bad integer value for option \"" + option + "\", or out of range.\n");
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (mark == null) {
            throw IptablesError.option("mark: option \"--mark\" must be specified\n");
        }
        return List.of(mark);
    }
}
