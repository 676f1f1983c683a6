package org.portcullis.config.iptables;

import org.portcullis.model.rule.Target;

/** Targets without options: ACCEPT, DROP, RETURN, NOTRACK, and jumps or gotos to user chains. */
final class PlainTarget implements TargetModule {
    private final Target target;
    private final String name;

    PlainTarget(String name, Target target) {
        this.name = name;
        this.target = target;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean knows(String option) {
        return false;
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        throw new IllegalStateException(option);
    }

    @Override
    public Target finish(RuleContext rule) {
        if (target instanceof Target.Notrack && !rule.table.equals("raw")) {
            rule.refuse();
        }
        return target;
    }
}
