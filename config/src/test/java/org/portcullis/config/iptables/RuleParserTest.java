package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.rule.CtState;
import org.portcullis.model.rule.LimitUnit;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.TcpFlag;
import org.portcullis.model.rule.Target;

class RuleParserTest {
    private static RuleSpec v4(String table, String chain, String args) {
        return RuleParser.parse(Ipv.IPV4, table, chain, Shlex.split(args));
    }

    private static RuleSpec out(String args) {
        return v4("filter", "OUTPUT", args);
    }

    private static FirewallException fails(Ipv ipv, String table, String chain, String args) {
        return assertThrows(FirewallException.class, () -> RuleParser.parse(ipv, table, chain, Shlex.split(args)));
    }

    @Test
    void seedRules() {
        Match.OutInterface enp = new Match.OutInterface("enp3s0", false);
        Match.Protocol tcp = new Match.Protocol(6, false);
        assertEquals(new RuleSpec(List.of(enp, tcp, new Match.Ports(6, PortDirection.DESTINATION,
                List.of(PortRange.single(22)), false, false)), new Target.Accept()),
                out("-o enp3s0 -p tcp --dport 22 -j ACCEPT"));
        assertEquals(new RuleSpec(List.of(enp, tcp, new Match.Ports(6, PortDirection.DESTINATION,
                List.of(PortRange.single(443)), false, false)), new Target.Accept()),
                out("-o enp3s0 -p tcp --dport 443 -j ACCEPT"));
        assertEquals(new RuleSpec(List.of(enp, new Match.ConnState(Set.of(CtState.RELATED, CtState.ESTABLISHED),
                false, false)), new Target.Accept()),
                out("-o enp3s0 -m state --state RELATED,ESTABLISHED -j ACCEPT"));
        assertEquals(new RuleSpec(List.of(enp), new Target.Drop()), out("-o enp3s0 -j DROP"));
    }

    @Test
    void negationBeforeOptionsAndWildcards() {
        assertEquals(new RuleSpec(List.of(new Match.InInterface("eth+", true),
                new Match.Source(List.of(IpPrefix.parse("10.0.0.0/8")), true)), new Target.Accept()),
                v4("filter", "INPUT", "! -i eth+ ! -s 10.0.0.0/255.0.0.0 -j ACCEPT"));
        RuleSpec r = v4("filter", "INPUT", "-p tcp ! --dport 1:1024 -m multiport ! --sports 5,7:9");
        assertEquals(List.of(new Match.Protocol(6, false),
                new Match.Ports(6, PortDirection.DESTINATION, List.of(new PortRange(1, 1024)), false, true),
                new Match.Ports(6, PortDirection.SOURCE, List.of(PortRange.single(5), new PortRange(7, 9)), true, true)),
                r.matches());
        assertEquals(null, r.target());
    }

    @Test
    void portFormsAndServiceNames() {
        assertEquals(new PortRange(0, 5), ports(v4("filter", "INPUT", "-p udp --sport :5")));
        assertEquals(new PortRange(5, 65535), ports(v4("filter", "INPUT", "-p udp --sport 5:")));
        assertEquals(new PortRange(22, 80), ports(v4("filter", "INPUT", "-p tcp --dport ssh:http")));
        assertEquals(PortRange.single(22), ports(v4("filter", "INPUT", "-p tcp --dport 0x16")));
        FirewallException e = fails(Ipv.IPV4, "filter", "INPUT", "-p tcp --dport nosuchservice");
        assertTrue(e.detail().contains("invalid port/service `nosuchservice' specified"), e.detail());
    }

    private static PortRange ports(RuleSpec r) {
        return ((Match.Ports) r.matches().get(1)).ranges().getFirst();
    }

    @Test
    void addressListsAndFamilies() {
        assertEquals(new Match.Destination(List.of(IpPrefix.parse("10.0.0.1"), IpPrefix.parse("192.168.0.0/24")),
                false), v4("filter", "INPUT", "-d 10.0.0.1,192.168.0.0/24").matches().getFirst());
        assertEquals(new Match.Source(List.of(IpPrefix.parse("2001:db8::/32")), false),
                RuleParser.parse(Ipv.IPV6, "filter", "INPUT", List.of("-s", "2001:db8::/ffff:ffff::")).matches().getFirst());
        assertTrue(fails(Ipv.IPV4, "filter", "INPUT", "-s 2001:db8::1").detail()
                .endsWith("host/network `2001:db8::1' not found\nError occurred at line: 2\n"
                        + "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n"));
        assertTrue(fails(Ipv.IPV6, "filter", "INPUT", "-p icmpv6 --icmp-type 8").detail()
                .contains("ip6tables-restore v1.8.9 (nf_tables): unknown option \"--icmp-type\""));
        assertTrue(fails(Ipv.IPV4, "filter", "INPUT", "-p icmp --icmpv6-type 8").detail()
                .contains("unknown option \"--icmpv6-type\""));
    }

    @Test
    void matchModules() {
        RuleSpec r = v4("filter", "INPUT", "-p icmp --icmp-type port-unreachable -m iprange --src-range "
                + "198.18.0.1-198.18.0.9 -m comment --comment 'allow web' -m limit --limit 5/min -m mark ! --mark "
                + "0x10/0xff -m conntrack --ctstate NEW,UNTRACKED,DNAT -j LOG --log-prefix 'in: ' --log-level warning");
        assertEquals(List.of(new Match.Protocol(1, false), new Match.IcmpType(false, 3, 3, false),
                new Match.AddressRange(true, IpAddress.parse("198.18.0.1"), IpAddress.parse("198.18.0.9"), false),
                new Match.Comment("allow web"), new Match.Limit(5, LimitUnit.MINUTE, 5),
                new Match.Mark(0x10, 0xff, true),
                new Match.ConnState(Set.of(CtState.NEW, CtState.UNTRACKED, CtState.DNAT), true, false)), r.matches());
        assertEquals(new Target.Log("in: ", "4"), r.target());
        assertEquals(new Match.TcpFlags(Set.of(TcpFlag.FIN, TcpFlag.SYN, TcpFlag.RST, TcpFlag.ACK),
                Set.of(TcpFlag.SYN), true), v4("filter", "INPUT", "-p tcp ! --syn").matches().get(1));
        assertEquals(new Match.IcmpType(false, -1, -1, false),
                v4("filter", "INPUT", "-p icmp --icmp-type any").matches().get(1));
    }

    @Test
    void targetsAndWhereTheyAreAllowed() {
        assertEquals(new Target.Reject("icmp-host-prohibited"),
                v4("filter", "INPUT", "-j REJECT --reject-with host-prohib").target());
        assertEquals(new Target.Dnat(IpAddress.parse("198.18.0.2"), null, PortRange.single(8080)),
                v4("nat", "PREROUTING", "-p tcp -j DNAT --to-destination 198.18.0.2:8080").target());
        assertEquals(new Target.SetMark(5, 0xffffffffL), v4("mangle", "PREROUTING", "-j MARK --set-mark 5").target());
        assertEquals(new Target.Notrack(), v4("raw", "PREROUTING", "-j CT --notrack").target());
        assertEquals(new Target.Jump("mychain"), v4("filter", "INPUT", "-j mychain").target());
        assertEquals(new Target.Goto("mychain"), v4("filter", "INPUT", "-g mychain").target());
        assertEquals(new Target.Accept(), v4("filter", "OUTPUT_direct", "-j ACCEPT").target());
        String rejectInNat = fails(Ipv.IPV4, "nat", "PREROUTING", "-j REJECT").detail();
        assertEquals("'/usr/sbin/iptables-restore -w -n' failed: iptables-restore v1.8.9 (nf_tables): \n"
                + "line 2: RULE_INSERT failed (Invalid argument): rule in chain PREROUTING\n", rejectInNat);
        assertTrue(fails(Ipv.IPV4, "filter", "INPUT_direct", "-o eth0").detail().contains("Can't use -o with INPUT"));
    }

    @Test
    void unsupportedOptionsAreNamed() {
        for (String args : List.of("-m owner --uid-owner 0", "-j CONNMARK --set-mark 1", "-j LOG --log-uid",
                "-m conntrack --ctproto tcp", "-p tcp --tcp-option 2", "-s example.org")) {
            FirewallException e = fails(Ipv.IPV4, "filter", "OUTPUT", args);
            assertEquals(ErrorCode.COMMAND_FAILED, e.code());
            String named = args.split(" ")[args.startsWith("-s") ? 1 : args.startsWith("-j") || args.startsWith("-m")
                    && !args.contains("--ct") ? 1 : 2];
            assertTrue(e.detail().contains(named) && e.detail().startsWith("Portcullis does not support"),
                    e.detail());
        }
    }

    @Test
    void familyAndTableWordsAreChecked() {
        FirewallException t = fails(Ipv.IPV4, "badtable", "INPUT", "-j ACCEPT");
        assertEquals(ErrorCode.INVALID_TABLE, t.code());
        assertEquals("'badtable' not in 'dict_keys(['security', 'raw', 'mangle', 'nat', 'filter'])'", t.detail());
        assertEquals(ErrorCode.COMMAND_FAILED, fails(Ipv.EB, "filter", "INPUT", "-j ACCEPT").code());
    }
}
