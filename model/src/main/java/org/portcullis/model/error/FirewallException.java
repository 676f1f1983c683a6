package org.portcullis.model.error;

/** An error as firewalld reports it: {@code NAME: message}. */
public final class FirewallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String detail;

    public FirewallException(ErrorCode code, String detail) {
        super(detail == null || detail.isEmpty() ? code.name() : code.name() + ": " + detail);
        this.code = code;
        this.detail = detail == null ? "" : detail;
    }

    public ErrorCode code() {
        return code;
    }

    /** The message after {@code NAME: }, possibly empty. */
    public String detail() {
        return detail;
    }
}
