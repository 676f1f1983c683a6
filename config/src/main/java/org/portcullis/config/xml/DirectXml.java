package org.portcullis.config.xml;

import java.nio.file.Path;

import org.portcullis.model.direct.DirectConfig;

/** Reads and writes firewalld's direct.xml. */
public final class DirectXml {
    private DirectXml() {
    }

    /** An absent file is the empty configuration; errors are FirewallException (PARSE_ERROR, INVALID_IPV, ...). */
    public static DirectConfig read(Path file) {
        throw new UnsupportedOperationException("contract");
    }

    /** Writes atomically (temporary file, fsync, rename), keeping the previous file as direct.xml.old. */
    public static void write(DirectConfig config, Path file) {
        throw new UnsupportedOperationException("contract");
    }
}
