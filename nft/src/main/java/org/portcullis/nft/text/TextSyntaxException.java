package org.portcullis.nft.text;

/**
 * A name or string that nft's text syntax cannot carry (a keyword used as a chain name, a quote inside a
 * comment); the libnftables JSON form can carry it.
 */
public final class TextSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TextSyntaxException(String message) {
        super(message);
    }
}
