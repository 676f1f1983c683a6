package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.compile.Origin;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * The base chains of the table at iptables' priorities + 10 and their fixed rules: the jumps to the zone and
 * policy dispatch chains, established and related traffic, loopback, invalid packets, the IPv6 reverse path
 * filter, the rejection of IPv6 destinations that embed special IPv4 addresses (RFC 3964), the final reject,
 * and the LogDenied log rules between them.
 */
final class BaseRules {
    static final int OFFSET = 10;
    private static final List<String> RFC3964 = List.of("::/96", "::ffff:0.0.0.0/96", "2002::/24", "2002:a00::/24",
            "2002:7f00::/24", "2002:a9fe::/32", "2002:ac10::/28", "2002:c0a8::/32", "2002:e000::/19");
    private static final Origin ESTABLISHED = builtin("established/related accepted");
    private static final Origin DNAT = builtin("destination-NATed connections accepted");
    private static final Origin LOOPBACK = builtin("loopback accepted");
    private static final Origin INVALID = builtin("invalid dropped");
    private static final Origin LOG_DENIED = builtin("log-denied");
    private static final Origin FINAL = builtin("rejected: no zone or policy accepted it");
    private static final Origin ZONES = builtin("zone dispatch");
    private static final Origin POLICIES = builtin("policy dispatch");

    private BaseRules() {
    }

    private static Origin builtin(String text) {
        return new Origin.Builtin(text);
    }

    static void add(TableDraft t, LogDenied logDenied) {
        dispatched(t, "mangle_PREROUTING", ChainType.FILTER, Hook.PREROUTING, -150, true);
        dispatched(t, "nat_PREROUTING", ChainType.NAT, Hook.PREROUTING, -100, true);
        dispatched(t, "nat_POSTROUTING", ChainType.NAT, Hook.POSTROUTING, 100, true);
        dispatched(t, "nat_OUTPUT", ChainType.NAT, Hook.OUTPUT, -100, false);
        t.base("filter_PREROUTING", ChainType.FILTER, Hook.PREROUTING, OFFSET, ChainPolicy.ACCEPT);
        t.base("filter_INPUT", ChainType.FILTER, Hook.INPUT, OFFSET, ChainPolicy.ACCEPT);
        t.base("filter_FORWARD", ChainType.FILTER, Hook.FORWARD, OFFSET, ChainPolicy.ACCEPT);
        t.base("filter_OUTPUT", ChainType.FILTER, Hook.OUTPUT, OFFSET, ChainPolicy.ACCEPT);
        rpfilter(t, logDenied);
        for (String chain : List.of("INPUT", "FORWARD")) {
            String base = "filter_" + chain;
            t.add(base, ESTABLISHED, List.of(Matches.ctState(List.of("established", "related")), Stmt.Verdict.ACCEPT));
            t.add(base, DNAT, List.of(new Stmt.Match(new Expr.Ct("status", null), Op.IN,
                    new Expr.Str("dnat")), Stmt.Verdict.ACCEPT));
            t.add(base, LOOPBACK, List.of(Matches.meta("iifname", "lo"), Stmt.Verdict.ACCEPT));
            if (logDenied.on()) {
                t.add(base, LOG_DENIED, logDenied.log(List.of(Matches.ctState(List.of("invalid"))),
                        "STATE_INVALID_DROP: "));
            }
            t.add(base, INVALID, List.of(Matches.ctState(List.of("invalid")), Stmt.Verdict.DROP));
            if (chain.equals("FORWARD")) {
                t.add(base, rfc3964Origin(), rfc3964(logDenied));
            }
            policiesAndZones(t, chain, true);
            if (logDenied.on()) {
                t.add(base, LOG_DENIED, logDenied.log("FINAL_REJECT: "));
            }
            t.add(base, FINAL, List.of(Matches.REJECT_ADMIN));
        }
        t.add("filter_OUTPUT", ESTABLISHED, List.of(Matches.ctState(List.of("established", "related")),
                Stmt.Verdict.ACCEPT));
        t.add("filter_OUTPUT", LOOPBACK, List.of(Matches.meta("oifname", "lo"), Stmt.Verdict.ACCEPT));
        t.add("filter_OUTPUT", rfc3964Origin(), rfc3964(logDenied));
        policiesAndZones(t, "OUTPUT", false);
    }

    /** A mangle or nat base chain that only jumps to its dispatch chains. */
    private static void dispatched(TableDraft t, String name, ChainType type, Hook hook, int priority,
                                   boolean zones) {
        t.base(name, type, hook, priority + OFFSET, ChainPolicy.ACCEPT);
        String prefix = name + "_";
        t.chain(prefix + "POLICIES_pre");
        if (zones) {
            t.chain(prefix + "ZONES");
            t.add(name, ZONES, List.of(Stmt.Verdict.jump(prefix + "ZONES")));
        } else {
            t.add(name, POLICIES, List.of(Stmt.Verdict.jump(prefix + "POLICIES_pre")));
        }
        t.chain(prefix + "POLICIES_post");
        if (!zones) {
            t.add(name, POLICIES, List.of(Stmt.Verdict.jump(prefix + "POLICIES_post")));
        }
    }

    /** The filter chain's dispatch chains: zones for INPUT and FORWARD, policies alone for OUTPUT. */
    private static void policiesAndZones(TableDraft t, String chain, boolean zones) {
        String base = "filter_" + chain;
        t.chain(base + "_POLICIES_pre");
        if (zones) {
            t.chain(base + "_ZONES");
            t.add(base, ZONES, List.of(Stmt.Verdict.jump(base + "_ZONES")));
        } else {
            t.add(base, POLICIES, List.of(Stmt.Verdict.jump(base + "_POLICIES_pre")));
        }
        t.chain(base + "_POLICIES_post");
        if (!zones) {
            t.add(base, POLICIES, List.of(Stmt.Verdict.jump(base + "_POLICIES_post")));
        }
    }

    private static void rpfilter(TableDraft t, LogDenied logDenied) {
        t.add("filter_PREROUTING", builtin("IPv6 router advertisements and neighbour solicitations accepted"),
                List.of(Matches.eq(new Expr.Payload("icmpv6", "type"), new Expr.SetLit(List.of(
                        new Expr.Str("nd-router-advert"), new Expr.Str("nd-neighbor-solicit")))), Stmt.Verdict.ACCEPT));
        List<Stmt> rp = new ArrayList<>(List.of(Matches.nfproto("ipv6"),
                Matches.eq(new Expr.Fib(List.of("saddr", "mark", "iif"), "oif"), new Expr.Bool(false))));
        if (logDenied.on()) {
            rp.add(new Stmt.Log("rpfilter_DROP: ", null, null, null));
        }
        rp.add(Stmt.Verdict.DROP);
        t.add("filter_PREROUTING", builtin("reverse path filter"), rp);
    }

    private static Origin rfc3964Origin() {
        return builtin("IPv6 destinations embedding special IPv4 addresses rejected (RFC 3964)");
    }

    private static List<Stmt> rfc3964(LogDenied logDenied) {
        List<Stmt> out = new ArrayList<>();
        out.add(Matches.eq(new Expr.Payload("ip6", "daddr"),
                new Expr.SetLit(RFC3964.stream().<Expr>map(p -> new Expr.Prefix(IpPrefix.parse(p))).toList())));
        if (logDenied.value().equals("all") || logDenied.value().equals("unicast")) {
            out.add(new Stmt.Log("RFC3964_IPv4_REJECT: ", null, null, null));
        }
        out.add(new Stmt.Reject("icmpv6", "addr-unreachable"));
        return out;
    }
}
