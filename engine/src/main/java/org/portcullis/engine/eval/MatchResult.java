package org.portcullis.engine.eval;

/** A match's result and, when it is unknown, why. */
record MatchResult(Tri result, String reason) {
    static final MatchResult TRUE = new MatchResult(Tri.TRUE, null);
    static final MatchResult FALSE = new MatchResult(Tri.FALSE, null);

    static MatchResult of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static MatchResult unknown(String reason) {
        return new MatchResult(Tri.UNKNOWN, reason);
    }

    MatchResult not() {
        return result == Tri.UNKNOWN ? this : of(result == Tri.FALSE);
    }
}
