package org.portcullis.nft.json;

/** Signals, inside the reader, that a JSON fragment has no exact counterpart in the IR. */
final class NotModelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotModelled() {
        super(null, null, false, false);
    }

    static <T> T fail() {
        throw new NotModelled();
    }

    static <T> T unless(boolean ok, T value) {
        if (!ok) {
            throw new NotModelled();
        }
        return value;
    }
}
