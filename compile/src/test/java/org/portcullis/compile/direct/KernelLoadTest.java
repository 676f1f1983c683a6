package org.portcullis.compile.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portcullis.compile.direct.Specs.ACCEPT;
import static org.portcullis.compile.direct.Specs.dport;
import static org.portcullis.compile.direct.Specs.oif;
import static org.portcullis.compile.direct.Specs.proto;
import static org.portcullis.compile.direct.Specs.spec;
import static org.portcullis.compile.direct.Specs.src;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.compile.NftTestText;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.rule.CtState;
import org.portcullis.model.rule.LimitUnit;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.Target;
import org.portcullis.model.rule.TcpFlag;

/** Loads a compiled ruleset with every match and target into nftables in a throwaway namespace. */
class KernelLoadTest {

    private static DirectFixture everything() {
        DirectFixture fx = new DirectFixture().chain(Ipv.IPV4, "filter", "mine").chain(Ipv.IPV6, "filter", "mine");
        int n = 0;
        for (Ipv ipv : List.of(Ipv.IPV4, Ipv.IPV6)) {
            boolean v6 = ipv == Ipv.IPV6;
            String net = v6 ? "2001:db8::/32" : "198.18.0.0/15";
            String a = v6 ? "2001:db8::1" : "198.18.0.1";
            String b = v6 ? "2001:db8::9" : "198.18.0.9";
            List<org.portcullis.model.rule.RuleSpec> filter = List.of(
                    spec(ACCEPT, oif("enp3s0"), proto(6), dport(6, 22)),
                    spec(ACCEPT, new Match.InInterface("veth+", true), src(net, a)),
                    spec(new Target.Drop(), new Match.Protocol(17, true)),
                    spec(ACCEPT, new Match.Ports(6, PortDirection.EITHER, List.of(PortRange.single(22),
                            new PortRange(1000, 2000)), true, false)),
                    spec(ACCEPT, new Match.ConnState(Set.of(CtState.NEW, CtState.DNAT, CtState.UNTRACKED), true, false)),
                    spec(ACCEPT, new Match.ConnState(Set.of(CtState.INVALID, CtState.SNAT), false, true)),
                    spec(ACCEPT, new Match.IcmpType(v6, v6 ? 1 : 3, 4, true)),
                    spec(ACCEPT, new Match.AddressRange(true, IpAddress.parse(a), IpAddress.parse(b), true)),
                    spec(new Target.Log("OUT: ", "debug"), new Match.Comment("log it"), new Match.Limit(3, LimitUnit.MINUTE, 7)),
                    spec(new Target.Return(), new Match.Mark(1, 0xff, true)),
                    spec(new Target.Reject("tcp-reset"), proto(6), new Match.TcpFlags(
                            Set.of(TcpFlag.SYN, TcpFlag.ACK), Set.of(TcpFlag.SYN), false)),
                    spec(new Target.Reject(v6 ? "icmp6-adm-prohibited" : "icmp-host-prohibited")),
                    spec(new Target.Jump("mine")),
                    spec(new Target.Goto("mine")),
                    spec(null));
            for (var s : filter) {
                fx.rule(ipv, "filter", "OUTPUT", n % 3, "r" + n++, s);
            }
            fx.rule(ipv, "filter", "mine", 0, "r" + n++, spec(ACCEPT));
            fx.rule(ipv, "nat", "POSTROUTING", 0, "r" + n++, spec(new Target.Masquerade(new PortRange(1000, 2000)), proto(6)));
            fx.rule(ipv, "nat", "POSTROUTING", 0, "r" + n++, spec(new Target.Snat(IpAddress.parse(a), IpAddress.parse(b),
                    new PortRange(100, 200)), proto(17)));
            fx.rule(ipv, "nat", "PREROUTING", 0, "r" + n++, spec(new Target.Dnat(IpAddress.parse(a), null,
                    PortRange.single(8080)), proto(6), dport(6, 80)));
            fx.rule(ipv, "nat", "OUTPUT", 0, "r" + n++, spec(new Target.Redirect(PortRange.single(3128)), proto(6)));
            fx.rule(ipv, "nat", "INPUT", 0, "r" + n++, spec(new Target.Accept()));
            fx.rule(ipv, "mangle", "OUTPUT", 0, "r" + n++, spec(new Target.SetMark(1, 0xffffffffL)));
            fx.rule(ipv, "mangle", "PREROUTING_direct", 0, "r" + n++, spec(new Target.SetMark(0, 0xff00)));
            fx.rule(ipv, "raw", "PREROUTING", 0, "r" + n++, spec(new Target.Notrack()));
            fx.rule(ipv, "security", "INPUT", 0, "r" + n++, spec(ACCEPT, new Match.IcmpType(v6, v6 ? 128 : 8, -1, false)));
        }
        return fx;
    }

    @Test
    void realNftablesAcceptsEveryTranslation() throws Exception {
        String why = TestNamespace.unavailable();
        Assumptions.assumeTrue(why == null, why);
        String text = NftTestText.ruleset(everything().compile().ruleset());
        try (TestNamespace ns = TestNamespace.create()) {
            TestNamespace.Result load = ns.nft(text, "-f", "-");
            assertEquals(0, load.exit(), load.output() + "\n" + text);
            TestNamespace.Result list = ns.nft(null, "list", "ruleset");
            assertEquals(0, list.exit(), list.output());
            String listed = list.output();
            for (String expected : List.of(
                    "chain filter_OUTPUT {",
                    "type filter hook output priority filter; policy accept;",
                    "oifname \"enp3s0\" tcp dport 22 counter packets 0 bytes 0 accept",
                    "ct state != { new, untracked } ct status dnat counter",
                    "ct state != invalid ct status ! snat counter",
                    "snat to [2001:db8::1]-[2001:db8::9]:100-200",
                    "type nat hook input priority 100; policy accept;",
                    "type route hook output priority mangle; policy accept;",
                    "ip6 saddr != 2001:db8::1-2001:db8::9",
                    "jump filter_mine",
                    "notrack")) {
                assertTrue(listed.contains(expected), expected + " not in\n" + listed);
            }
        }
    }
}
