package org.portcullis.cli.firewallcmd;

import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/** An open connection to the daemon, for one request. */
@FunctionalInterface
public interface Link {
    Response call(Request request);
}
