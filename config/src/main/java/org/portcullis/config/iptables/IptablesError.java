package org.portcullis.config.iptables;

/**
 * A refusal found while reading iptables arguments, before it is worded for the tool firewalld would
 * have run (iptables-restore for rules, iptables for passthroughs).
 */
final class IptablesError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides how the tool's output looks. */
    enum Kind {
        /** A parameter problem iptables reports with its usage hint; text is its message. */
        OPTION,
        /** A word that is neither an option nor an option's value; iptables words it without its name. */
        BAD_ARGUMENT,
        /** The kernel refused the rule (target or match not allowed there). */
        KERNEL,
        /** The jump or goto target names a chain that does not exist; text is the chain. */
        TARGET_CHAIN,
        /** Accepted by iptables but not implemented by Portcullis; text names the option. */
        UNSUPPORTED
    }

    private final Kind kind;
    private final String text;

    private IptablesError(Kind kind, String text) {
        super(kind + ": " + text, null, false, false);
        this.kind = kind;
        this.text = text;
    }

    static IptablesError option(String message) {
        return new IptablesError(Kind.OPTION, message);
    }

    static IptablesError badArgument(String word) {
        return new IptablesError(Kind.BAD_ARGUMENT, "Bad argument `" + word + "'");
    }

    static IptablesError kernel() {
        return new IptablesError(Kind.KERNEL, "");
    }

    static IptablesError targetChain(String chain) {
        return new IptablesError(Kind.TARGET_CHAIN, chain);
    }

    static IptablesError unsupported(String what) {
        return new IptablesError(Kind.UNSUPPORTED, what);
    }

    /** iptables' wording for an option given twice. */
    static IptablesError once(String module, String option) {
        return option(module + ": option \"" + option + "\" can only be used once.\n");
    }

    /** iptables' wording for an inverted option that cannot be inverted. */
    static IptablesError notInvertible(String module, String option) {
        return option(module + ": option \"" + option + "\" cannot be inverted.\n");
    }

    Kind kind() {
        return kind;
    }

    String text() {
        return text;
    }
}
