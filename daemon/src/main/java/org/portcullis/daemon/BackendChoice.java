package org.portcullis.daemon;

import org.portcullis.backend.Backend;

/** The backend the daemon uses and why, for the first log line. */
public record BackendChoice(Backend backend, String reason) {
}
