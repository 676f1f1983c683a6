package org.portcullis.engine;

/** Who opens a connection: the simulated host (outbound) or its peer (inbound). */
public enum Direction { OUTBOUND, INBOUND }
