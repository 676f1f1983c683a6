package org.portcullis.daemon;

import java.nio.file.Path;

import org.portcullis.model.direct.DirectConfig;

/** The permanent direct configuration on disk. */
public interface DirectStore {
    Path file();

    /** An absent file is the empty configuration; FirewallException for a file that cannot be read. */
    DirectConfig load();

    void save(DirectConfig config);
}
