package org.portcullis.cli.firewallcmd;

import org.portcullis.model.error.ErrorCode;

/** An error firewall-cmd finds itself, printed as {@code Error: NAME: message}. */
public final class ClientError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String detail;

    public ClientError(ErrorCode code, String detail) {
        super(code.name() + ": " + detail);
        this.code = code;
        this.detail = detail;
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
