package org.portcullis.config.iptables;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The COMMAND_FAILED errors firewalld 1.3 (nftables backend) reports when iptables-restore 1.8.9 refuses a
 * direct rule it feeds as {@code -I CHAIN 1 ARGS} on line 2 of its input, and Portcullis' own refusals of
 * options it does not implement. Like the tool's output, each quoted message ends with a newline.
 */
public final class RestoreError {
    private static final String VERSION = " v1.8.9 (nf_tables): ";

    private RestoreError() {
    }

    /** The restore tool firewalld runs for a family. */
    public static String tool(Ipv ipv) {
        return ipv == Ipv.IPV6 ? "ip6tables-restore" : "iptables-restore";
    }

    private static String prefix(Ipv ipv) {
        return "'/usr/sbin/" + tool(ipv) + " -w -n' failed: ";
    }

    /** An error found while parsing the rule's options ({@code message} as iptables prints it). */
    public static FirewallException option(Ipv ipv, String message) {
        return atLine(ipv, message, 2);
    }

    /** A misplaced word, which iptables reports without its name and version. */
    static FirewallException badArgument(Ipv ipv, String message) {
        String tool = tool(ipv);
        return failed(ipv, message + "\nError occurred at line: 2\nTry `" + tool + " -h' or '" + tool
                + " --help' for more information.");
    }

    /** An option error reported for line {@code line} of the restore input. */
    public static FirewallException atLine(Ipv ipv, String message, int line) {
        String tool = tool(ipv);
        return failed(ipv, tool + VERSION + message + "\nError occurred at line: " + line
                + "\nTry `" + tool + " -h' or '" + tool + " --help' for more information.");
    }

    /** The kernel refused the rule (target or match not valid in that table or hook). */
    public static FirewallException kernel(Ipv ipv, String chain) {
        return failed(ipv, tool(ipv) + VERSION + "\nline 2: RULE_INSERT failed (Invalid argument): rule in chain "
                + chain);
    }

    /** The rule's own chain does not exist in that table. */
    public static FirewallException noSuchChain(Ipv ipv) {
        return failed(ipv, tool(ipv) + ": line 2 failed: No chain/target/match by that name.");
    }

    /** A {@code -j}/{@code -g} target chain does not exist (reported at the COMMIT line). */
    public static FirewallException targetChainMissing(Ipv ipv, String chain) {
        return atLine(ipv, "Chain '" + chain + "' does not exist", 3);
    }

    /** Words a parse refusal as firewalld reports it for a rule in {@code chain}. */
    static FirewallException of(Ipv ipv, String chain, IptablesError e) {
        return switch (e.kind()) {
            case OPTION -> option(ipv, e.text());
            case BAD_ARGUMENT -> badArgument(ipv, e.text());
            case KERNEL -> kernel(ipv, chain);
            case TARGET_CHAIN -> targetChainMissing(ipv, e.text());
            case UNSUPPORTED -> unsupported(e.text());
        };
    }

    /** Something iptables accepts but Portcullis cannot enforce. */
    public static FirewallException unsupported(String what) {
        return new FirewallException(ErrorCode.COMMAND_FAILED,
                "Portcullis does not support " + what + " in direct rules");
    }

    private static FirewallException failed(Ipv ipv, String output) {
        return new FirewallException(ErrorCode.COMMAND_FAILED, prefix(ipv) + output + "\n");
    }
}
