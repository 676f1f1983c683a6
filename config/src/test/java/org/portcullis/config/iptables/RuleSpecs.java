package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.portcullis.model.direct.Ipv;
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

/** Random rules that iptables accepts, built from a seed so jqwik can shrink and replay them. */
final class RuleSpecs {
    private static final String[] PLACES = {"filter INPUT", "filter OUTPUT", "filter FORWARD", "filter mychain",
        "nat POSTROUTING", "nat PREROUTING", "nat OUTPUT", "raw PREROUTING", "mangle PREROUTING"};
    private static final int[] PROTOCOLS = {6, 17, 132, 33, 1, 58, 47, 50, 51, 136, 200};
    private static final List<TcpFlag> FLAGS = List.of(TcpFlag.FIN, TcpFlag.SYN, TcpFlag.RST, TcpFlag.PSH,
            TcpFlag.ACK, TcpFlag.URG);
    private static final String[] REJECT_V4 = {"icmp-net-unreachable", "icmp-host-unreachable",
        "icmp-proto-unreachable", "icmp-port-unreachable", "icmp-net-prohibited", "icmp-host-prohibited",
        "icmp-admin-prohibited"};
    private static final String[] REJECT_V6 = {"icmp6-no-route", "icmp6-adm-prohibited", "icmp6-addr-unreachable",
        "icmp6-port-unreachable", "icmp6-policy-fail", "icmp6-reject-route"};

    private final Random rnd;
    private final Ipv ipv;
    private final String table;
    private final String chain;
    private final boolean anyText;
    private int protocol = -1;

    private RuleSpecs(long seed, boolean anyText) {
        rnd = new Random(seed);
        this.anyText = anyText;
        ipv = rnd.nextBoolean() ? Ipv.IPV4 : Ipv.IPV6;
        String[] place = PLACES[rnd.nextInt(PLACES.length)].split(" ");
        table = place[0];
        chain = place[1];
    }

    /** Rules whose free text (comments, log prefixes) may be any string when {@code anyText}. */
    static Arbitrary<GeneratedRule> rules(boolean anyText) {
        return Arbitraries.longs().map(seed -> new RuleSpecs(seed, anyText).rule());
    }

    private boolean v6() {
        return ipv == Ipv.IPV6;
    }

    private boolean chance() {
        return rnd.nextInt(3) == 0;
    }

    private GeneratedRule rule() {
        List<Match> matches = new ArrayList<>();
        boolean outOnly = chain.equals("OUTPUT") || chain.equals("POSTROUTING");
        boolean inOnly = chain.equals("INPUT") || chain.equals("PREROUTING");
        if (chance() && !outOnly) {
            matches.add(new Match.InInterface(iface(), rnd.nextBoolean()));
        }
        if (chance() && !inOnly) {
            matches.add(new Match.OutInterface(iface(), rnd.nextBoolean()));
        }
        if (chance()) {
            List<IpPrefix> p = prefixes();
            matches.add(new Match.Source(p, p.size() == 1 && rnd.nextBoolean()));
        }
        if (chance()) {
            List<IpPrefix> p = prefixes();
            matches.add(new Match.Destination(p, p.size() == 1 && rnd.nextBoolean()));
        }
        if (chance()) {
            matches.add(connState());
        }
        if (chance()) {
            IpAddress a = address();
            matches.add(new Match.AddressRange(rnd.nextBoolean(), a, rnd.nextBoolean() ? a : address(), rnd.nextBoolean()));
        }
        if (chance()) {
            matches.add(new Match.Comment(text()));
        }
        if (chance()) {
            LimitUnit u = LimitUnit.values()[rnd.nextInt(4)];
            matches.add(new Match.Limit(1 + rnd.nextInt(10000), u, rnd.nextInt(10001)));
        }
        if (chance()) {
            matches.add(new Match.Mark(u32(), rnd.nextBoolean() ? 0xffffffffL : u32(), rnd.nextBoolean()));
        }
        Collections.shuffle(matches, rnd);
        if (chance() || rnd.nextBoolean()) {
            protocolMatches(matches);
        }
        return new GeneratedRule(ipv, table, chain, new RuleSpec(matches, target()));
    }

    private void protocolMatches(List<Match> matches) {
        int p = PROTOCOLS[rnd.nextInt(PROTOCOLS.length)];
        List<Match> own = new ArrayList<>();
        boolean ports = Protocols.implicitModule(p) != null && p != 1 && p != 58;
        boolean icmp = p == (v6() ? 58 : 1);
        boolean negated = !ports && !icmp && !Protocols.hasPorts(p) && rnd.nextBoolean();
        if (ports && chance()) {
            own.add(new Match.Ports(p, PortDirection.DESTINATION, List.of(range()), false, rnd.nextBoolean()));
        }
        if (ports && chance()) {
            own.add(new Match.Ports(p, PortDirection.SOURCE, List.of(range()), false, rnd.nextBoolean()));
        }
        if (p == 6 && chance()) {
            own.add(new Match.TcpFlags(flags(), flags(), rnd.nextBoolean()));
        }
        if (icmp && chance()) {
            boolean any = !v6() && rnd.nextInt(5) == 0;
            own.add(new Match.IcmpType(v6(), any ? -1 : rnd.nextInt(v6() ? 256 : 255), any || rnd.nextBoolean() ? -1
                    : rnd.nextInt(256), rnd.nextBoolean()));
        }
        if (Protocols.hasPorts(p) && chance()) {
            PortDirection d = PortDirection.values()[rnd.nextInt(3)];
            own.add(new Match.Ports(p, d, multiport(), true, rnd.nextBoolean()));
        }
        Collections.shuffle(own, rnd);
        int at = rnd.nextInt(matches.size() + 1);
        matches.add(at, new Match.Protocol(p, negated));
        matches.addAll(at + 1 + rnd.nextInt(matches.size() - at), own);
        protocol = negated ? -1 : p;
    }

    private Target target() {
        int pick = rnd.nextInt(10);
        if (pick == 0) {
            return null;
        }
        boolean natPorts = Protocols.hasPorts(protocol) && protocol != Protocols.UDPLITE && rnd.nextBoolean();
        return switch (table + " " + chain) {
            case "nat POSTROUTING" -> pick < 5 ? new Target.Masquerade(natPorts ? natRange() : null)
                    : new Target.Snat(address(), rnd.nextBoolean() ? null : address(), natPorts ? natRange() : null);
            case "nat PREROUTING", "nat OUTPUT" -> pick < 5 ? new Target.Redirect(natPorts ? natRange() : null)
                    : new Target.Dnat(address(), rnd.nextBoolean() ? null : address(), natPorts ? natRange() : null);
            case "raw PREROUTING" -> pick < 5 ? new Target.Notrack() : new Target.Accept();
            case "mangle PREROUTING" -> pick < 5 ? new Target.SetMark(u32(), u32()) : new Target.Drop();
            default -> switch (pick) {
                case 1 -> new Target.Accept();
                case 2 -> new Target.Drop();
                case 3 -> new Target.Return();
                case 4 -> new Target.Reject(reject());
                case 5 -> new Target.Log(rnd.nextBoolean() ? null : text(), rnd.nextBoolean() ? null
                        : Integer.toString(rnd.nextInt(8)));
                case 6 -> new Target.Jump(chainName());
                case 7 -> new Target.Goto(chainName());
                default -> new Target.SetMark(u32(), u32());
            };
        };
    }

    private String reject() {
        if (rnd.nextInt(4) == 0) {
            return null;
        }
        if (protocol == 6 && rnd.nextBoolean()) {
            return "tcp-reset";
        }
        String[] names = v6() ? REJECT_V6 : REJECT_V4;
        return names[rnd.nextInt(names.length)];
    }

    private Match.ConnState connState() {
        boolean conntrack = rnd.nextBoolean();
        Set<CtState> s = EnumSet.noneOf(CtState.class);
        for (CtState c : CtState.values()) {
            if (rnd.nextBoolean() && (conntrack || c != CtState.SNAT && c != CtState.DNAT)) {
                s.add(c);
            }
        }
        if (s.isEmpty()) {
            s.add(CtState.NEW);
        }
        return new Match.ConnState(s, conntrack, rnd.nextBoolean());
    }

    private String iface() {
        String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 14 : 5);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(rnd.nextInt(chars.length())));
        }
        return rnd.nextBoolean() ? sb + "+" : sb.toString();
    }

    private String chainName() {
        return "c" + Integer.toString(rnd.nextInt(1 << 20), 36) + (rnd.nextBoolean() ? "_x-y" : "");
    }

    private String text() {
        if (!anyText) {
            return "t" + rnd.nextInt(1000);
        }
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(4);
            sb.append(switch (kind) {
                case 0 -> (char) (' ' + rnd.nextInt(95));
                case 1 -> " '\"\\!-$&<>\t".charAt(rnd.nextInt(11));
                case 2 -> "žluťoučký€漢".charAt(rnd.nextInt(11));
                default -> (char) ('a' + rnd.nextInt(26));
            });
        }
        return sb.toString();
    }

    private IpAddress address() {
        return v6() ? new IpAddress(true, rnd.nextLong(), rnd.nextLong()) : IpAddress.v4(rnd.nextInt());
    }

    private List<IpPrefix> prefixes() {
        List<IpPrefix> out = new ArrayList<>();
        int n = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0);
        for (int i = 0; i < n; i++) {
            IpAddress a = address();
            out.add(new IpPrefix(a, rnd.nextBoolean() ? a.bits() : rnd.nextInt(a.bits() + 1)));
        }
        return out;
    }

    private PortRange range() {
        int a = rnd.nextInt(65536);
        int b = rnd.nextInt(65536);
        return rnd.nextBoolean() ? PortRange.single(a) : new PortRange(Math.min(a, b), Math.max(a, b));
    }

    private PortRange natRange() {
        int a = 1 + rnd.nextInt(65535);
        int b = 1 + rnd.nextInt(65535);
        return rnd.nextBoolean() ? PortRange.single(a) : new PortRange(Math.min(a, b), Math.max(a, b));
    }

    private List<PortRange> multiport() {
        List<PortRange> out = new ArrayList<>();
        int slots = 1 + rnd.nextInt(PortSyntax.MULTIPORT_MAX);
        while (slots > 0) {
            int a = rnd.nextInt(65535);
            if (slots >= 2 && rnd.nextBoolean()) {
                out.add(new PortRange(a, a + 1 + rnd.nextInt(65535 - a)));
                slots -= 2;
            } else {
                out.add(PortRange.single(a));
                slots--;
            }
        }
        return out;
    }

    private Set<TcpFlag> flags() {
        Set<TcpFlag> s = EnumSet.noneOf(TcpFlag.class);
        for (TcpFlag f : FLAGS) {
            if (rnd.nextBoolean()) {
                s.add(f);
            }
        }
        return s;
    }

    private long u32() {
        return rnd.nextLong() & 0xffffffffL;
    }
}
