package org.portcullis.cli.firewallcmd;

import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;

/** A command being carried out: the parsed options, the daemon link and the output. */
public record Session(ParsedOptions options, Link link, Output output) {

    public Response call(Request request) {
        return link.call(request);
    }

    /** Prints the outcome of a state-changing call the way firewall-cmd does and returns the exit code. */
    public int changed(Response r) {
        if (r.kind() == Response.Kind.ERROR) {
            int code = output.error(r);
            if (code != 0) {
                return code;
            }
        }
        return output.exit("success", 0);
    }

    /** Prints {@code yes} (exit 0) or {@code no} (exit 1), or the error. */
    public int answered(Response r) {
        return switch (r.kind()) {
            case YES -> output.exit("yes", 0);
            case NO -> output.exit("no", 1);
            case ERROR -> output.error(r);
            case OK, LINES -> output.exit("Error: UNKNOWN_ERROR: unexpected answer", 254);
        };
    }

    /** Prints each line, or the error. */
    public int listed(Response r) {
        if (r.kind() == Response.Kind.ERROR) {
            return output.error(r);
        }
        r.lines().forEach(output::message);
        return 0;
    }
}
