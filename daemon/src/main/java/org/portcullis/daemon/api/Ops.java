package org.portcullis.daemon.api;

/** Operation names understood by the daemon; families of handlers register under these names. */
public final class Ops {
    public static final String STATE = "state";
    public static final String RELOAD = "reload";
    public static final String COMPLETE_RELOAD = "complete-reload";
    public static final String RUNTIME_TO_PERMANENT = "runtime-to-permanent";
    public static final String CHECK_CONFIG = "check-config";
    /**
     * The compiled ruleset with its source map, for {@code portcullis explain}: at runtime the one applied last,
     * permanent the permanent configuration compiled. Answered as two lines, the ruleset as libnftables JSON
     * commands and the source map as JSON.
     */
    public static final String COMPILED_RULESET = "compiled-ruleset";

    public static final String ADD_CHAIN = "direct.add-chain";
    public static final String REMOVE_CHAIN = "direct.remove-chain";
    public static final String QUERY_CHAIN = "direct.query-chain";
    public static final String GET_CHAINS = "direct.get-chains";
    public static final String GET_ALL_CHAINS = "direct.get-all-chains";
    public static final String ADD_RULE = "direct.add-rule";
    public static final String REMOVE_RULE = "direct.remove-rule";
    public static final String QUERY_RULE = "direct.query-rule";
    public static final String REMOVE_RULES = "direct.remove-rules";
    public static final String GET_RULES = "direct.get-rules";
    public static final String GET_ALL_RULES = "direct.get-all-rules";
    public static final String PASSTHROUGH = "direct.passthrough";
    public static final String ADD_PASSTHROUGH = "direct.add-passthrough";
    public static final String REMOVE_PASSTHROUGH = "direct.remove-passthrough";
    public static final String QUERY_PASSTHROUGH = "direct.query-passthrough";
    public static final String GET_PASSTHROUGHS = "direct.get-passthroughs";
    public static final String GET_ALL_PASSTHROUGHS = "direct.get-all-passthroughs";

    /** Answers of {@link #STATE}, as the single line of a LINES response. */
    public static final String RUNNING = "RUNNING";
    public static final String FAILED = "FAILED";
    public static final String STARTING = "STARTING";

    private Ops() {
    }
}
