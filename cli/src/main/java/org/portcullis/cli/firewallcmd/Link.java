package org.portcullis.cli.firewallcmd;

import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/** The way to the daemon for one command line; it may carry several requests. */
@FunctionalInterface
public interface Link {
    Response call(Request request);
}
