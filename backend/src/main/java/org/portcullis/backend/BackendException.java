package org.portcullis.backend;

/** A backend could not apply or read a ruleset; the message carries the kernel's or nft's own error text. */
public class BackendException extends Exception {
    private static final long serialVersionUID = 1L;

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
