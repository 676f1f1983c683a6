package org.portcullis.daemon;

/** The target the daemon uses and why: the daemon's first log line, e.g. {@code backend sim: not running as root}. */
public record BackendChoice(RulesetTarget target, String reason) {
}
