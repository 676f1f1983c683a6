package org.portcullis.analysis.check;

/**
 * Which configuration a fix's commands change: the running one ({@code firewall-cmd --direct ...}) or the
 * permanent one ({@code firewall-cmd --permanent --direct ...}), as the checked ruleset came from.
 */
public enum CommandForm {
    RUNTIME("firewall-cmd "),
    PERMANENT("firewall-cmd --permanent ");

    private final String prefix;

    CommandForm(String prefix) {
        this.prefix = prefix;
    }

    /** {@code firewall-cmd [--permanent] --direct --add-rule RULE}, RULE as --get-all-rules lists it. */
    public String addRule(String ruleWords) {
        return prefix + "--direct --add-rule " + ruleWords;
    }
}
