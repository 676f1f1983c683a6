package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.daemon.api.Response;

/** Every command-line error: exact stderr, exit code, and no request reaching the daemon. */
class UsageErrorsTest {
    static final String USAGE = "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";
    final Harness fw = Harness.answering(Response.ok());

    private void refused(int exit, String err, String... argv) {
        Harness.Result r = fw.run(argv);
        assertEquals(err, r.err(), String.join(" ", argv));
        assertEquals("", r.out());
        assertEquals(exit, r.exit());
        assertEquals(true, r.requests().stream().noneMatch(q -> !q.op().equals("state")), "request sent: " + r.requests());
    }

    private static String rule(String option, boolean permanent) {
        return "usage: " + (permanent ? "--permanent " : "") + "--direct " + option
                + " { ipv4 | ipv6 | eb } <table> <chain> <priority> <args>\n";
    }

    @Test
    void noOptions() {
        refused(2, "State: running\n\nNo options specified\n" + USAGE);
        refused(2, "State: running\n\nNo options specified\n" + USAGE, "--permanent");
        refused(2, "", "-q");
    }

    @Test
    void directOptionCombinations() {
        refused(2, USAGE + "Wrong usage of 'direct' options.\n", "--direct");
        refused(2, USAGE + "Wrong usage of 'direct' options.\n", "--add-rule", "ipv4", "filter", "INPUT", "0", "-j", "ACCEPT");
        refused(2, USAGE + "Wrong usage of 'direct' options.\n", "--direct", "--reload");
        refused(2, USAGE + "Wrong usage of 'direct' options.\n", "--direct", "--add-rule");
        refused(2, USAGE + "Can't use stand-alone options with other options.\n", "--reload", "--permanent");
        refused(2, USAGE + "Can't use stand-alone options with other options.\n", "--state", "--direct", "--get-all-rules");
        refused(2, "", "-q", "--direct");
        refused(2, USAGE + "--zone is an invalid option with --direct\n", "--zone=public", "--direct", "--get-all-rules");
        refused(2, USAGE + "--zone is an invalid option with --direct\n", "--direct", "--zone", "public", "--get-all-rules");
        refused(2, USAGE + "Can't use stand-alone options with other options.\n", "--reload", "--zone=public");
    }

    @Test
    void parserErrors() {
        refused(2, USAGE + "firewall-cmd: error: unrecognized arguments: --bogus\n", "--bogus");
        refused(2, USAGE + "firewall-cmd: error: unrecognized arguments: stray -x -- more\n", "--state", "stray", "-x", "--", "more");
        refused(2, USAGE + "firewall-cmd: error: argument --state: not allowed with argument --reload\n", "--reload", "--state");
        refused(2, USAGE + "firewall-cmd: error: argument -q/--quiet: not allowed with argument -v/--verbose\n", "-v", "-q", "--state");
        refused(2, USAGE + "firewall-cmd: error: argument --state: ignored explicit argument 'x'\n", "--state=x");
        refused(2, USAGE + "firewall-cmd: error: argument --add-chain: expected 3 arguments\n", "--direct", "--add-chain", "ipv4", "filter");
        refused(2, USAGE + "firewall-cmd: error: argument --get-passthroughs: expected 1 argument\n", "--direct", "--get-passthroughs");
        refused(2, USAGE + "firewall-cmd: error: argument --get-all-rules: not allowed with argument --add-chain\n",
                "--direct", "--add-chain", "ipv4", "filter", "x", "--get-all-rules");
        refused(2, USAGE + "firewall-cmd: error: argument --add-chain: expected 3 arguments\n", "-q", "--direct", "--add-chain=ipv4");
    }

    @Test
    void abbreviatedOptions() {
        refused(2, USAGE + "firewall-cmd: error: ambiguous option: --add-r could match --add-rich-rule, --add-rule\n",
                "--direct", "--add-r", "ipv4", "filter", "INPUT", "0", "-j", "ACCEPT");
        refused(2, USAGE + "firewall-cmd: error: argument --state: ignored explicit argument '1'\n", "--stat=1");
        refused(2, USAGE + "firewall-cmd: error: unrecognized arguments: --get-helpers\n", "--get-helpers");
    }

    @Test
    void ruleAndPassthroughShapes() {
        refused(2, rule("--add-rule", false), "--direct", "--add-rule", "ipv4", "filter", "INPUT", "0");
        refused(2, rule("--add-rule", false), "--direct", "--add-rule", "ipv4", "filter", "INPUT", "x", "-j", "ACCEPT");
        refused(2, rule("--remove-rule", false), "--direct", "--remove-rule", "ipv4", "filter", "INPUT", "1.5", "-j", "ACCEPT");
        refused(2, rule("--query-rule", true), "--permanent", "--direct", "--query-rule", "ipv4", "filter", "INPUT", "", "-j", "ACCEPT");
        refused(2, rule("--add-rule", true), "--direct", "--permanent", "--add-rule", "ipv4", "filter");
        refused(2, rule("--add-rule", false), "--direct", "--add-rule", "ipv5", "filter", "INPUT", "high", "-j", "ACCEPT");
        refused(2, rule("--add-rule", false), "--direct", "--add-rule", "ipv4", "filter", "INPUT", "99999999999", "-j", "ACCEPT");
        refused(2, "usage: --direct --passthrough { ipv4 | ipv6 | eb } <args>\n", "--direct", "--passthrough", "ipv4");
        refused(2, "usage: --permanent --direct --add-passthrough { ipv4 | ipv6 | eb } <args>\n",
                "--permanent", "--direct", "--add-passthrough", "ipv6");
        refused(2, "", "-q", "--direct", "--add-rule", "ipv4", "filter", "INPUT", "x", "-j", "ACCEPT");
    }

    @Test
    void familyIsCheckedByTheClient() {
        String err = "Error: INVALID_IPV: invalid argument: ipv5 (choose from 'ipv4', 'ipv6', 'eb')\n";
        refused(111, err, "--direct", "--add-rule", "ipv5", "filter", "INPUT", "0", "-j", "ACCEPT");
        refused(111, err, "--permanent", "--direct", "--add-chain", "ipv5", "filter", "x");
        refused(111, err, "--direct", "--get-rules", "ipv5", "filter", "x");
        refused(111, err, "--direct", "--passthrough", "ipv5", "-A", "INPUT");
        refused(111, "", "-q", "--direct", "--get-chains", "ipv5", "filter");
    }

    @Test
    void quietRefusedWithVersionAndHelp() {
        refused(2, "-q/--quiet can't be used with this option(s)\n", "-q", "--version");
        refused(2, "-q/--quiet can't be used with this option(s)\n", "--help", "--quiet");
    }

    @Test
    void daemonDownWinsOverLaterChecks() {
        Harness down = Harness.down();
        Harness.Result r = down.run("--direct", "--add-rule", "ipv4", "filter", "INPUT", "x", "-j", "ACCEPT");
        assertEquals(List.of(252, "FirewallD is not running\n"), List.of(r.exit(), r.err()));
        r = down.run("--state");
        assertEquals(List.of(252, "", "not running\n"), List.of(r.exit(), r.out(), r.err()));
        r = down.run("--direct", "--add-chain", "ipv4");
        assertEquals(2, r.exit());
        r = down.run("-q", "--reload");
        assertEquals(List.of(252, ""), List.of(r.exit(), r.err()));
    }
}
