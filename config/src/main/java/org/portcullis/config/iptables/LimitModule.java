package org.portcullis.config.iptables;

import java.util.List;
import java.util.Locale;

import org.portcullis.model.rule.LimitUnit;
import org.portcullis.model.rule.Match;

/** {@code -m limit [--limit N[/UNIT]] [--limit-burst B]}; defaults 3/hour and 5. */
final class LimitModule implements MatchModule {
    private static final long SCALE = 10000;
    private Integer rate;
    private LimitUnit unit;
    private Integer burst;

    @Override
    public String name() {
        return "limit";
    }

    @Override
    public boolean knows(String option) {
        return option.equals("--limit") || option.equals("--limit-burst");
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (negated) {
            throw IptablesError.notInvertible(name(), option);
        }
        String text = args.value(option);
        if (option.equals("--limit")) {
            if (rate != null) {
                throw IptablesError.once(name(), option);
            }
            rate(text);
        } else {
            if (burst != null) {
                throw IptablesError.once(name(), option);
            }
            long b = Numbers.parse(text, 10000);
            if (b < 0) {
                throw IptablesError.option(
                        "limit: bad value for option \"--limit-burst\", or out of range (0-10000).\n");
            }
            burst = (int) b;
        }
    }

    private void rate(String text) {
        int slash = text.indexOf('/');
        LimitUnit u = LimitUnit.SECOND;
        if (slash >= 0) {
            u = unit(text.substring(slash + 1));
            if (u == null) {
                throw bad(text);
            }
        }
        String digits = slash < 0 ? text : text.substring(0, slash);
        if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) == 0) {
            throw bad(text);
        }
        int r = Integer.parseInt(digits);
        if (SCALE * seconds(u) / r == 0) {
            throw IptablesError.option("Rate too fast \"" + text + "\"");
        }
        rate = r;
        unit = u;
    }

    private static IptablesError bad(String text) {
        return IptablesError.option("bad rate \"" + text + "\"'");
    }

    private static LimitUnit unit(String word) {
        if (word.isEmpty()) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (LimitUnit u : LimitUnit.values()) {
            if (u.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return u;
            }
        }
        return null;
    }

    static long seconds(LimitUnit u) {
        return switch (u) {
            case SECOND -> 1;
            case MINUTE -> 60;
            case HOUR -> 3600;
            case DAY -> 86400;
        };
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        return List.of(new Match.Limit(rate == null ? 3 : rate, unit == null ? LimitUnit.HOUR : unit,
                burst == null ? 5 : burst));
    }
}
