package org.portcullis.config.iptables;

import org.portcullis.model.rule.Target;

/** {@code -j MARK} with one of --set-xmark, --set-mark, --and-mark, --or-mark, --xor-mark. */
final class MarkTarget implements TargetModule {
    private static final long ALL = 0xffffffffL;
    private Target.SetMark mark;
    private String given;

    @Override
    public String name() {
        return "MARK";
    }

    @Override
    public boolean knows(String option) {
        return switch (option) {
            case "--set-xmark", "--set-mark", "--and-mark", "--or-mark", "--xor-mark" -> true;
            default -> false;
        };
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (negated) {
            throw IptablesError.notInvertible(name(), option);
        }
        if (given != null) {
            throw given.equals(option) ? IptablesError.once(name(), option)
                    : IptablesError.option(name() + ": option \"" + given + "\" cannot be used together with \""
                            + option + "\".\n");
        }
        given = option;
        String text = args.value(option);
        long v;
        long m = ALL;
        if (option.startsWith("--set")) {
            long[] vm = MarkModule.valueMask(name(), option, text);
            v = vm[0];
            m = vm[1];
        } else {
            v = Numbers.parse(text, ALL);
            if (v < 0) {
                throw IptablesError.option(name() + ": bad value for option \"" + option
                        + "\", or out of range (0-4294967295).\n");
            }
        }
        mark = switch (option) {
            case "--set-xmark" -> new Target.SetMark(v, m);
            case "--set-mark" -> new Target.SetMark(v, (m | v) & ALL);
            case "--and-mark" -> new Target.SetMark(0, ~v & ALL);
            case "--or-mark" -> new Target.SetMark(v, v);
            default -> new Target.SetMark(v, 0);
        };
    }

    @Override
    public Target finish(RuleContext rule) {
        if (mark == null) {
            throw IptablesError.option("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
        }
        return mark;
    }
}
