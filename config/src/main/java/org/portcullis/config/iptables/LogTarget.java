package org.portcullis.config.iptables;

import java.util.List;
import java.util.Set;

import org.portcullis.model.rule.Target;

/** {@code -j LOG [--log-prefix P] [--log-level L]}; the level is kept as its number. */
final class LogTarget implements TargetModule {
    private static final List<String> LEVELS = List.of("emerg", "alert", "crit", "error", "warning", "notice",
            "info", "debug");
    private static final Set<String> OTHER = Set.of("--log-tcp-sequence", "--log-tcp-options",
            "--log-ip-options", "--log-uid", "--log-macdecode");

    private String prefix;
    private String level;

    @Override
    public String name() {
        return "LOG";
    }

    @Override
    public boolean knows(String option) {
        return option.equals("--log-prefix") || option.equals("--log-level") || OTHER.contains(option);
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (OTHER.contains(option)) {
            throw IptablesError.unsupported("\"" + option + "\" (LOG target)");
        }
        if (negated) {
            throw IptablesError.notInvertible(name(), option);
        }
        if (option.equals("--log-prefix") ? prefix != null : level != null) {
            throw IptablesError.once(name(), option);
        }
        String text = args.value(option);
        if (option.equals("--log-prefix")) {
            prefix = text;
        } else {
            level = level(text);
        }
    }

    private static String level(String text) {
        long n = Numbers.parse(text, 7);
        if (n >= 0) {
            return Long.toString(n);
        }
        int i = LEVELS.indexOf(text);
        if (i < 0 && text.equals("panic")) {
            i = 0;
        }
        if (i < 0) {
            throw IptablesError.option("log level \"" + text + "\" unknown\n");
        }
        return Integer.toString(i);
    }

    @Override
    public Target finish(RuleContext rule) {
        return new Target.Log(prefix, level);
    }
}
