package org.portcullis.daemon;

/** The daemon's life cycle as {@code firewall-cmd --state} reports it. */
public enum DaemonState {
    /** Socket open, permanent configuration not yet applied: answered as "not running". */
    STARTING,
    RUNNING,
    /** Applying the permanent configuration failed; the failsafe (no direct rules) is in place. */
    FAILED
}
