package org.portcullis.config.iptables;

import org.portcullis.model.rule.Target;

/** {@code -j CT --notrack}; the other CT options are not implemented. */
final class CtTarget implements TargetModule {
    private boolean notrack;

    @Override
    public String name() {
        return "CT";
    }

    @Override
    public boolean knows(String option) {
        return switch (option) {
            case "--notrack", "--helper", "--ctevents", "--expevents", "--zone", "--zone-orig", "--zone-reply",
                 "--timeout" -> true;
            default -> false;
        };
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        if (!option.equals("--notrack")) {
            throw IptablesError.unsupported("\"" + option + "\" (CT target)");
        }
        notrack = true;
    }

    @Override
    public Target finish(RuleContext rule) {
        if (!notrack) {
            throw IptablesError.unsupported("\"-j CT\" without \"--notrack\"");
        }
        if (!rule.table.equals("raw")) {
            rule.refuse();
        }
        return new Target.Notrack();
    }
}
