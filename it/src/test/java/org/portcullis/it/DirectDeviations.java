package org.portcullis.it;

import java.util.List;

/** Where Portcullis' answers to it/oracle/commands/direct.txt differ from firewalld 1.3.3's, and why. */
final class DirectDeviations {
    private static final String LISTING = "listing and checking passthroughs (-S, -L, -C) need the iptables"
            + " tools' view of the kernel, which Portcullis does not keep; they are refused (docs/COMPATIBILITY.md)";

    private DirectDeviations() {
    }

    static final List<Deviation> ALL = List.of(
            untrackedListing("-S OUTPUT", "-S"),
            untrackedListing("-L OUTPUT -n", "-L"),
            untrackedListing("-S pc_order", "-S"),
            untrackedListing("-C OUTPUT -o enp3s0 -j DROP", "-C"),
            untrackedListing("-C OUTPUT -o enp3s0 -j REJECT", "-C"),
            untrackedListing("-L nosuchchain", "-L"),
            new Deviation("--direct --add-passthrough ipv4 -t filter -A OUTPUT -p tcp --dprt 1 -j ACCEPT",
                    "a refused tracked passthrough is worded as a failing iptables call; firewalld feeds tracked"
                            + " passthroughs to iptables-restore and quotes its output", 13, "",
                    "Error: COMMAND_FAILED: '/usr/sbin/iptables -w10 -t filter -A OUTPUT -p tcp --dprt 1 -j ACCEPT'"
                            + " failed: iptables v1.8.9 (nf_tables): unknown option \"--dprt\"\n"
                            + "Try `iptables -h' or 'iptables --help' for more information.\n\n"),
            new Deviation("--direct --add-rule ipv4 filter OUTPUT 99999999999 -j ACCEPT",
                    "a priority outside int32 is a usage error; firewalld's client crashes with a D-Bus traceback",
                    2, "", "usage: --direct --add-rule { ipv4 | ipv6 | eb } <table> <chain> <priority> <args>\n"),
            new Deviation("--permanent --direct --add-chain ipv4 filter INPUT",
                    "a permanent chain named like a built-in chain is refused at once; firewalld stores it and"
                            + " fails only when it is applied", 19, "",
                    "Error: BUILTIN_CHAIN: chain 'INPUT' is built-in chain\n"),
            new Deviation("--permanent --direct --remove-chain ipv4 filter INPUT",
                    "follows from the refused permanent add-chain of INPUT: the chain was never stored", 0,
                    "success\n", "Warning: NOT_ENABLED: chain 'INPUT' is not in 'ipv4:filter'\n"));

    static final List<FileDeviation> FILES = List.of(new FileDeviation("direct-permanent.xml",
            "the built-in chain INPUT refused above is not stored; the recorded file also lacks the permanent"
                    + " passthrough that --permanent --direct --get-all-passthroughs had just listed, which"
                    + " Portcullis writes", """
            <?xml version="1.0" encoding="utf-8"?>
            <direct>
              <chain ipv="ipv4" table="filter" chain="pc_perm"/>
              <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="0">-o enp3s0 -p tcp --dport 22 -j ACCEPT</rule>
              <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="10">-o enp3s0 -p tcp --dport 80 -m comment --comment 'allow web' -j ACCEPT</rule>
              <passthrough ipv="ipv4">-t filter -A OUTPUT -o enp3s0 -p udp --dport 67 -j ACCEPT</passthrough>
            </direct>
            """));

    private static Deviation untrackedListing(String iptablesArgs, String option) {
        String passthrough = "ipv4 -t filter " + iptablesArgs;
        return new Deviation("--direct --passthrough " + passthrough, LISTING, 13, "",
                "Error: COMMAND_FAILED: passthrough '" + passthrough + "' cannot be applied: only commands adding"
                        + " rules or chains (-A, -I, -N) or deleting such rules (-D) are supported (arg '" + option
                        + "' is not allowed)\n");
    }
}
