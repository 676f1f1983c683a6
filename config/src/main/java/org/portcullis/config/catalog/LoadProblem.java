package org.portcullis.config.catalog;

import org.portcullis.model.error.FirewallException;

/** A configuration file that was skipped, and why. */
public record LoadProblem(String file, FirewallException error) {

    @Override
    public String toString() {
        return file + ": " + error.getMessage();
    }
}
