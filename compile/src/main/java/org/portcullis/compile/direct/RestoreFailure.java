package org.portcullis.compile.direct;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The COMMAND_FAILED errors firewalld 1.3 reports when iptables-restore (iptables 1.8.9, nf_tables) refuses
 * a one-line transaction: the command, then the tool's own output.
 */
final class RestoreFailure {
    private RestoreFailure() {
    }

    /** A rule for a chain that does not exist. */
    static FirewallException noSuchChain(Ipv ipv) {
        return failed(ipv, tool(ipv) + ": line 2 failed: No chain/target/match by that name.\n");
    }

    /** A jump or goto to a chain that does not exist (checked when the transaction commits). */
    static FirewallException noSuchTarget(Ipv ipv, String target) {
        return usage(ipv, "Chain '" + target + "' does not exist", 3);
    }

    /** A jump or goto to a built-in chain, refused by the kernel. */
    static FirewallException builtinTarget(Ipv ipv, String fromChain) {
        return failed(ipv, tool(ipv) + " v1.8.9 (nf_tables): \nline 2: RULE_INSERT failed (No such file or directory): "
                + "rule in chain " + fromChain + "\n");
    }

    /** A target the kernel refuses in this table or at this hook. */
    static FirewallException invalidTarget(Ipv ipv, String chain) {
        return failed(ipv, tool(ipv) + " v1.8.9 (nf_tables): \nline 2: RULE_INSERT failed (Invalid argument): "
                + "rule in chain " + chain + "\n");
    }

    /** DROP in the nat table, which iptables inhibits. */
    static FirewallException dropInNat(Ipv ipv) {
        return usage(ipv, "The \"nat\" table is not intended for filtering, the use of DROP is therefore "
                + "inhibited.\n\n", 2);
    }

    /** A jump that closes a loop of chains reachable from a built-in chain. */
    static FirewallException loop(Ipv ipv, String chain) {
        return failed(ipv, tool(ipv) + " v1.8.9 (nf_tables): \nline 2: RULE_INSERT failed (Too many links): "
                + "rule in chain " + chain + "\n");
    }

    /** Deleting a chain that holds rules or is jumped to. */
    static FirewallException chainBusy(Ipv ipv, String chain) {
        return failed(ipv, tool(ipv) + " v1.8.9 (nf_tables): \nline 2: CHAIN_DEL failed (Device or resource busy): "
                + "chain " + chain + "\n");
    }

    /** An insertion past the end of a chain. */
    static FirewallException indexTooBig(Ipv ipv) {
        return failed(ipv, tool(ipv) + ": line 2 failed: Index of insertion too big.\n");
    }

    /** A new chain named like an existing one. */
    static FirewallException chainExists(Ipv ipv) {
        return failed(ipv, tool(ipv) + ": line 2 failed: Chain already exists.\n");
    }

    /** A new chain whose name iptables refuses. */
    static FirewallException badChainName(Ipv ipv, String why) {
        return usage(ipv, why, 2);
    }

    private static FirewallException usage(Ipv ipv, String message, int line) {
        String tool = tool(ipv);
        return failed(ipv, tool + " v1.8.9 (nf_tables): " + message + "\nError occurred at line: " + line
                + "\nTry `" + tool + " -h' or '" + tool + " --help' for more information.\n");
    }

    private static FirewallException failed(Ipv ipv, String output) {
        return new FirewallException(ErrorCode.COMMAND_FAILED,
                "'/usr/sbin/" + tool(ipv) + " -w -n' failed: " + output);
    }

    private static String tool(Ipv ipv) {
        return ipv == Ipv.IPV6 ? "ip6tables-restore" : "iptables-restore";
    }
}
