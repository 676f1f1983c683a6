package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The COMMAND_FAILED errors firewalld 1.3 reports when the iptables command of a passthrough fails: it
 * runs {@code /usr/sbin/iptables -w10 ARGS} and quotes its output, which ends with a newline.
 */
public final class PassthroughError {
    private static final String VERSION = " v1.8.9 (nf_tables): ";

    private PassthroughError() {
    }

    public static String tool(Ipv ipv) {
        return ipv == Ipv.IPV6 ? "ip6tables" : "iptables";
    }

    /** A failure with iptables' own output, e.g. {@code iptables: Chain already exists.}. */
    public static FirewallException failed(Ipv ipv, List<String> args, String output) {
        return new FirewallException(ErrorCode.COMMAND_FAILED,
                "'/usr/sbin/" + tool(ipv) + " -w10 " + String.join(" ", args) + "' failed: " + output + "\n");
    }

    /** A runtime failure iptables reports as {@code iptables: MESSAGE}. */
    public static FirewallException runtime(Ipv ipv, List<String> args, String message) {
        return failed(ipv, args, tool(ipv) + ": " + message);
    }

    /** A parameter problem, followed by iptables' usage hint. */
    static FirewallException option(Ipv ipv, List<String> args, String message) {
        return failed(ipv, args, tool(ipv) + VERSION + message + hint(ipv));
    }

    private static String hint(Ipv ipv) {
        String tool = tool(ipv);
        return "\nTry `" + tool + " -h' or '" + tool + " --help' for more information.";
    }

    static FirewallException of(Ipv ipv, List<String> args, String chain, boolean append, IptablesError e) {
        return switch (e.kind()) {
            case OPTION -> option(ipv, args, e.text());
            case BAD_ARGUMENT -> failed(ipv, args, e.text() + hint(ipv));
            case KERNEL -> failed(ipv, args, tool(ipv) + VERSION + " " + (append ? "RULE_APPEND" : "RULE_INSERT")
                    + " failed (Invalid argument): rule in chain " + chain);
            case TARGET_CHAIN -> option(ipv, args, "Chain '" + e.text() + "' does not exist");
            case UNSUPPORTED -> RestoreError.unsupported(e.text());
        };
    }
}
