package org.portcullis.cli.check;

/** A command line {@code portcullis check} cannot run; reported on stderr with exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
