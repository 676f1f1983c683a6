package org.portcullis.analysis.explain;

/** Which way a single packet crosses the host. */
public enum PacketPath {
    /** Sent by a local process: OUTPUT, POSTROUTING. */
    OUT,
    /** Arriving for the host: PREROUTING, INPUT. */
    IN,
    /** Passing through: PREROUTING, FORWARD, POSTROUTING. */
    FORWARD
}
