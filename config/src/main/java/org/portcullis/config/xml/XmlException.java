package org.portcullis.config.xml;

/** An I/O or encoding failure while writing a configuration document. */
public final class XmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public XmlException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
