package org.portcullis.analysis.check;

import java.util.List;

/**
 * How to fix a finding: the exact commands when the deciding rules are direct rules, and advice in words
 * (always given, e.g. where a rule must go or what a command cannot cover).
 */
public record Fix(List<String> commands, String advice) {
    public Fix {
        commands = List.copyOf(commands);
    }

    /** The commands of both fixes, without repeats, and both pieces of advice. */
    Fix and(Fix other) {
        List<String> all = new java.util.ArrayList<>(commands);
        other.commands.stream().filter(c -> !all.contains(c)).forEach(all::add);
        String words = advice.equals(other.advice) ? advice : advice + "; " + other.advice;
        return new Fix(all, words);
    }
}
