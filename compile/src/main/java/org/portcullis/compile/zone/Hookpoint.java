package org.portcullis.compile.zone;

/** One of firewalld's (table, chain) pairs, e.g. filter INPUT or nat POSTROUTING. */
record Hookpoint(String table, String chain) {
    static final Hookpoint FILTER_INPUT = new Hookpoint("filter", "INPUT");
    static final Hookpoint FILTER_FORWARD = new Hookpoint("filter", "FORWARD");
    static final Hookpoint FILTER_OUTPUT = new Hookpoint("filter", "OUTPUT");
    static final Hookpoint NAT_PREROUTING = new Hookpoint("nat", "PREROUTING");
    static final Hookpoint NAT_POSTROUTING = new Hookpoint("nat", "POSTROUTING");
    static final Hookpoint NAT_OUTPUT = new Hookpoint("nat", "OUTPUT");
    static final Hookpoint MANGLE_PREROUTING = new Hookpoint("mangle", "PREROUTING");

    /** Source NAT happens in nat POSTROUTING, where policies and zones name their chains POST_. */
    boolean snat() {
        return table.equals("nat") && chain.equals("POSTROUTING");
    }

    /** The dispatch chain of this pair with a suffix, e.g. {@code filter_INPUT_ZONES}. */
    String dispatch(String suffix) {
        return table + "_" + chain + "_" + suffix;
    }
}
