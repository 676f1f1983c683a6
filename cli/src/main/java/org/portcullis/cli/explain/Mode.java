package org.portcullis.cli.explain;

/** What {@code portcullis explain} is asked about: one packet on a path, or a whole connection. */
enum Mode { OUT, IN, FWD, CONNECT }
