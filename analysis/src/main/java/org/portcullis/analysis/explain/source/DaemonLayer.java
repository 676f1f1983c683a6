package org.portcullis.analysis.explain.source;

/** Which of the daemon's configurations to explain. */
public enum DaemonLayer { RUNTIME, PERMANENT }
