package org.portcullis.cli.firewallcmd;

/** Fixed texts firewall-cmd prints. */
final class Texts {
    static final String USAGE =
            "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page";
    static final String STANDALONE = "Can't use stand-alone options with other options.";
    static final String WRONG_DIRECT = "Wrong usage of 'direct' options.";
    static final String ZONE_WITH_DIRECT = "--zone is an invalid option with --direct";
    static final String QUIET_REFUSED = "-q/--quiet can't be used with this option(s)";
    static final String NO_OPTIONS = "No options specified";
    static final String NOT_RUNNING = "FirewallD is not running";
    static final String AUTHORIZATION = "Authorization failed.\n"
            + "    Make sure you are root or the owner of the Portcullis socket.";

    private Texts() {
    }
}
