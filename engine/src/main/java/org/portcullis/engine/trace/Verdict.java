package org.portcullis.engine.trace;

/**
 * The final decision on a packet; {@code decidedBy} is the step that decided (null when no chain did),
 * {@code uncertain} is set when an unknown rule was met on the way.
 */
public record Verdict(Kind kind, RejectKind reject, Step decidedBy, boolean uncertain) {

    /** The verdict kinds. */
    public enum Kind { ACCEPT, DROP, REJECT }

    public static Verdict accept(Step by, boolean uncertain) {
        return new Verdict(Kind.ACCEPT, null, by, uncertain);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPT;
    }

    public String label() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
