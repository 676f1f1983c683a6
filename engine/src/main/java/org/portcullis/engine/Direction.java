package org.portcullis.engine;

/**
 * Who opens a connection and to whom: the simulated host to a peer (outbound), a peer to the host
 * (inbound), or a peer to a host beyond it that the simulated host forwards to (through).
 */
public enum Direction { OUTBOUND, INBOUND, THROUGH }
