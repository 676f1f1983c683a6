package org.portcullis.daemon;

import org.portcullis.backend.Backend;

/** The backend the daemon uses and why: the daemon's first log line, e.g. {@code backend sim: not running as root}. */
public record BackendChoice(Backend backend, String reason) {
}
