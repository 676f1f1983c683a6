package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;

class PassthroughTest {
    private static PassthroughCommand parse(String args) {
        return PassthroughParser.parse(Ipv.IPV4, Shlex.split(args));
    }

    private static FirewallException fails(String args) {
        return assertThrows(FirewallException.class, () -> parse(args));
    }

    private static final RuleSpec ACCEPT = new RuleSpec(List.of(), new Target.Accept());

    @Test
    void commandsAreModelled() {
        assertEquals(new PassthroughCommand.Append("filter", "INPUT", new RuleSpec(
                List.of(new Match.InInterface("lo", false)), new Target.Accept())), parse("-A INPUT -i lo -j ACCEPT"));
        assertEquals(new PassthroughCommand.Insert("nat", "POSTROUTING", 3,
                new RuleSpec(List.of(), new Target.Masquerade(null))), parse("-t nat -I POSTROUTING 3 -j MASQUERADE"));
        assertEquals(new PassthroughCommand.Insert("filter", "INPUT", 1, ACCEPT), parse("--insert INPUT -j ACCEPT"));
        assertEquals(new PassthroughCommand.Delete("raw", "x", ACCEPT), parse("-D x -t raw -j ACCEPT"));
        assertEquals(new PassthroughCommand.DeleteAt("filter", "x", 2), parse("-D x 2"));
        assertEquals(new PassthroughCommand.Replace("filter", "x", 1, ACCEPT), parse("-R x 1 -j ACCEPT"));
        assertEquals(new PassthroughCommand.Check("filter", "x", ACCEPT), parse("-C x -j ACCEPT"));
        assertEquals(new PassthroughCommand.NewChain("mangle", "blocklist"), parse("-t mangle -N blocklist"));
        assertEquals(new PassthroughCommand.DeleteChain("filter", null), parse("-X"));
        assertEquals(new PassthroughCommand.Flush("filter", "INPUT"), parse("--flush INPUT"));
        assertEquals(new PassthroughCommand.RenameChain("filter", "a", "b"), parse("-E a b"));
        assertEquals(new PassthroughCommand.Policy("filter", "FORWARD", false), parse("-P FORWARD DROP"));
    }

    @Test
    void errorsAreWordedAsFirewalldReportsAFailingIptablesCall() {
        assertEquals("'/usr/sbin/iptables -w10 -A INPUT -p tcp --foo' failed: iptables v1.8.9 (nf_tables): "
                + "unknown option \"--foo\"\nTry `iptables -h' or 'iptables --help' for more information.\n",
                fails("-A INPUT -p tcp --foo").detail());
        assertEquals("'/usr/sbin/iptables -w10 -A INPUT bogus' failed: Bad argument `bogus'\n"
                + "Try `iptables -h' or 'iptables --help' for more information.\n", fails("-A INPUT bogus").detail());
        assertEquals("'/usr/sbin/iptables -w10 -A INPUT -j REJECT --reject-with tcp-reset' failed: iptables v1.8.9 "
                + "(nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
                fails("-A INPUT -j REJECT --reject-with tcp-reset").detail());
        assertEquals("'/usr/sbin/iptables -w10 -t foo -A INPUT -j ACCEPT' failed: iptables v1.8.9 (nf_tables): "
                + "table 'foo' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n",
                fails("-t foo -A INPUT -j ACCEPT").detail());
        assertEquals("'/usr/sbin/iptables -w10 -I INPUT 0 -j ACCEPT' failed: iptables v1.8.9 (nf_tables): "
                + "Invalid rule number `0'\nTry `iptables -h' or 'iptables --help' for more information.\n",
                fails("-I INPUT 0 -j ACCEPT").detail());
        assertEquals("'/usr/sbin/iptables -w10 -A' failed: iptables v1.8.9 (nf_tables): option \"-A\" requires an "
                + "argument\nTry `iptables -h' or 'iptables --help' for more information.\n", fails("-A").detail());
        assertEquals("'/usr/sbin/iptables -w10 -P mychain DROP' failed: iptables: Bad built-in chain name.\n",
                fails("-P mychain DROP").detail());
        assertEquals("'/usr/sbin/iptables -w10 -P INPUT FOO' failed: iptables: Bad policy name. Run `dmesg' for "
                + "more information.\n", fails("-P INPUT FOO").detail());
    }

    @Test
    void listingAndCountersAreRefusedClearly() {
        for (String args : List.of("-L", "-nvL INPUT", "-S", "-Z INPUT")) {
            FirewallException e = fails(args);
            assertEquals(ErrorCode.COMMAND_FAILED, e.code());
            assertTrue(e.detail().startsWith("Portcullis does not support the passthrough command"), e.detail());
        }
        assertTrue(fails("-L").detail().contains("\"-L\""));
        assertTrue(fails("-nvL INPUT").detail().contains("-nvL"));
        assertTrue(PassthroughParser.parse(Ipv.IPV6, List.of("-A", "INPUT", "-s", "::1", "-j", "DROP"))
                instanceof PassthroughCommand.Append);
        assertEquals(ErrorCode.COMMAND_FAILED,
                assertThrows(FirewallException.class, () -> PassthroughParser.parse(Ipv.EB, List.of("-L"))).code());
    }

    @Test
    void trackedPassthroughChecks() {
        assertDoesNotThrow(() -> PassthroughRules.checkTracked(List.of("-t", "nat", "-A", "x", "-j", "ACCEPT")));
        assertDoesNotThrow(() -> PassthroughRules.checkTracked(List.of("--new-chain", "x")));
        FirewallException d = assertThrows(FirewallException.class,
                () -> PassthroughRules.checkTracked(List.of("-D", "INPUT", "-j", "ACCEPT")));
        assertEquals(ErrorCode.INVALID_PASSTHROUGH, d.code());
        assertEquals("arg '-D' is not allowed", d.detail());
        assertEquals("arg '--flush' is not allowed", assertThrows(FirewallException.class,
                () -> PassthroughRules.checkTracked(List.of("-A", "x", "--flush"))).detail());
        FirewallException none = assertThrows(FirewallException.class,
                () -> PassthroughRules.checkTracked(List.of("-nvL")));
        assertEquals(ErrorCode.INVALID_PASSTHROUGH, none.code());
        assertEquals("no '-A', '-I' or '-N' arg", none.detail());
    }

    @Test
    void reversedCommands() {
        assertEquals(List.of("-t", "nat", "-D", "x", "-j", "ACCEPT"),
                PassthroughRules.reverse(List.of("-t", "nat", "-A", "x", "-j", "ACCEPT")));
        assertEquals(List.of("-D", "INPUT", "-j", "ACCEPT"),
                PassthroughRules.reverse(List.of("-I", "INPUT", "2", "-j", "ACCEPT")));
        assertEquals(List.of("--delete", "INPUT", "-j", "ACCEPT"),
                PassthroughRules.reverse(List.of("--insert", "INPUT", "-j", "ACCEPT")));
        assertEquals(List.of("-X", "c"), PassthroughRules.reverse(List.of("-N", "c")));
    }
}
