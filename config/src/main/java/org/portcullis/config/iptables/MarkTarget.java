package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.rule.Target;

/** {@code -j MARK} with one of --set-xmark, --set-mark, --and-mark, --or-mark, --xor-mark. */
final class MarkTarget implements TargetModule {
    private static final long ALL = 0xffffffffL;
    private static final List<String> ORDER = List.of("--set-xmark", "--set-mark", "--and-mark", "--or-mark",
            "--xor-mark");
    private Target.SetMark mark;
    private final java.util.ArrayList<String> given = new java.util.ArrayList<>();

    @Override
    public String name() {
        return "MARK";
    }

    @Override
    public List<String> options() {
        return List.of("--set-xmark", "--set-mark", "--and-mark", "--or-mark", "--xor-mark");
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (negated) {
            throw IptablesError.notInvertible(name(), option);
        }
        if (given.contains(option)) {
            throw IptablesError.once(name(), option);
        }
        given.add(option);
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
        Target.SetMark parsed = switch (option) {
            case "--set-xmark" -> new Target.SetMark(v, m);
            case "--set-mark" -> new Target.SetMark(v, (m | v) & ALL);
            case "--and-mark" -> new Target.SetMark(0, ~v & ALL);
            case "--or-mark" -> new Target.SetMark(v, v);
            default -> new Target.SetMark(v, 0);
        };
        mark = mark == null ? parsed : mark;
    }

    @Override
    public Target finish(RuleContext rule) {
        if (given.size() > 1) {
            List<String> sorted = given.stream().sorted(java.util.Comparator.comparingInt(ORDER::indexOf)).toList();
            throw IptablesError.option(name() + ": option \"" + sorted.get(0) + "\" cannot be used together with \""
                    + sorted.get(1) + "\".\n");
        }
        if (mark == null) {
            throw IptablesError.option("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
        }
        return mark;
    }
}
