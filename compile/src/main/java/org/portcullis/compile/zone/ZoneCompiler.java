package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Compiles zones into the table {@code inet portcullis} in firewalld's layout: filter base chains at priority
 * filter + 10 accepting established and loopback traffic, dispatch to a zone chain by source, then by
 * interface, then to the default zone; each zone chain runs its pre, log, deny, allow and post parts and ends
 * with the zone's target. In panic mode the table drops every packet instead.
 */
public final class ZoneCompiler {
    public static final String TABLE = "portcullis";
    static final int FILTER_PRIORITY = 10;
    static final int PANIC_PRIORITY = -310;
    static final List<String> PARTS = List.of("pre", "log", "deny", "allow", "post");

    private ZoneCompiler() {
    }

    public static Table compile(ZoneInput in) {
        if (in.panic()) {
            return panic();
        }
        List<Chain> chains = new ArrayList<>();
        chains.add(base("filter_INPUT", Hook.INPUT, List.of(
                rule(ZoneStmts.ctState("established", "related"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.ctStatus("dnat"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.iifname("lo"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.ctState("invalid"), Stmt.Verdict.DROP),
                rule(Stmt.Verdict.jump("filter_INPUT_ZONES")),
                rule(ZoneStmts.REJECT_ADMIN))));
        chains.add(base("filter_FORWARD", Hook.FORWARD, List.of(
                rule(ZoneStmts.ctState("established", "related"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.ctStatus("dnat"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.iifname("lo"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.ctState("invalid"), Stmt.Verdict.DROP),
                rule(Stmt.Verdict.jump("filter_FORWARD_ZONES")),
                rule(ZoneStmts.REJECT_ADMIN))));
        chains.add(base("filter_OUTPUT", Hook.OUTPUT, List.of(
                rule(ZoneStmts.ctState("established", "related"), Stmt.Verdict.ACCEPT),
                rule(ZoneStmts.oifname("lo"), Stmt.Verdict.ACCEPT))));
        chains.add(dispatch(in, "filter_INPUT_ZONES", "filter_IN_"));
        chains.add(dispatch(in, "filter_FORWARD_ZONES", "filter_FWD_"));
        for (Zone z : in.zones()) {
            chains.addAll(inputChains(in, z));
            chains.addAll(forwardChains(z));
        }
        return new Table(Family.INET, TABLE, List.of(), chains);
    }

    private static Table panic() {
        List<Chain> chains = new ArrayList<>();
        for (Hook hook : List.of(Hook.PREROUTING, Hook.OUTPUT)) {
            chains.add(new Chain("raw_" + hook.name(), new BaseHook(ChainType.FILTER, hook, PANIC_PRIORITY,
                    ChainPolicy.DROP), List.of()));
        }
        return new Table(Family.INET, TABLE, List.of(), chains);
    }

    private static Chain base(String name, Hook hook, List<Rule> rules) {
        return new Chain(name, new BaseHook(ChainType.FILTER, hook, FILTER_PRIORITY, ChainPolicy.ACCEPT), rules);
    }

    /** Sources first, then interfaces, then the default zone, as firewalld decides a packet's zone. */
    private static Chain dispatch(ZoneInput in, String name, String prefix) {
        List<Rule> rules = new ArrayList<>();
        for (Zone z : in.zones()) {
            for (ZoneSource s : z.sources()) {
                if (s instanceof ZoneSource.Address a) {
                    rules.add(rule(ZoneStmts.address(a.address(), true, false), Stmt.Verdict.goTo(prefix + z.name())));
                }
            }
        }
        for (Zone z : in.zones()) {
            for (String iface : z.interfaces()) {
                rules.add(rule(ZoneStmts.iifname(iface), Stmt.Verdict.goTo(prefix + z.name())));
            }
        }
        if (in.zones().stream().anyMatch(z -> z.name().equals(in.defaultZone()))) {
            rules.add(rule(Stmt.Verdict.goTo(prefix + in.defaultZone())));
        }
        return new Chain(name, null, rules);
    }

    private static List<Chain> inputChains(ZoneInput in, Zone z) {
        String name = "filter_IN_" + z.name();
        List<Rule> head = new ArrayList<>();
        PARTS.forEach(p -> head.add(rule(Stmt.Verdict.jump(name + "_" + p))));
        switch (z.target()) {
            case DEFAULT -> {
                head.add(rule(new Stmt.Match(new Expr.Meta("l4proto"), org.portcullis.nft.Op.EQ,
                        new Expr.SetLit(List.of(new Expr.Str("icmp"), new Expr.Str("ipv6-icmp")))),
                        Stmt.Verdict.ACCEPT));
                head.add(rule(ZoneStmts.REJECT_ADMIN));
            }
            case ACCEPT -> head.add(rule(Stmt.Verdict.ACCEPT));
            case DROP -> head.add(rule(Stmt.Verdict.DROP));
            case REJECT -> head.add(rule(ZoneStmts.REJECT_ADMIN));
        }
        ZoneParts parts = new ZoneParts();
        allow(in, z, parts.allow);
        RichRuleStmts.add(z.richRules(), in.services(), parts);
        List<Chain> out = new ArrayList<>();
        out.add(new Chain(name, null, head));
        out.add(new Chain(name + "_pre", null, parts.pre));
        out.add(new Chain(name + "_log", null, parts.log));
        out.add(new Chain(name + "_deny", null, parts.deny));
        out.add(new Chain(name + "_allow", null, parts.allow));
        out.add(new Chain(name + "_post", null, parts.post));
        return out;
    }

    private static void allow(ZoneInput in, Zone z, List<Rule> allow) {
        for (String name : z.services()) {
            Service s = in.services().get(name);
            if (s != null) {
                allow.addAll(ServiceStmts.rules(s, List.of(), List.of(Stmt.Verdict.ACCEPT)));
            }
        }
        for (Port p : z.ports()) {
            allow.add(rule(ZoneStmts.port(p, true), Stmt.Verdict.ACCEPT));
        }
        for (String protocol : z.protocols()) {
            allow.add(rule(ZoneStmts.l4proto(protocol), Stmt.Verdict.ACCEPT));
        }
        for (Port p : z.sourcePorts()) {
            allow.add(rule(ZoneStmts.port(p, false), Stmt.Verdict.ACCEPT));
        }
    }

    private static List<Chain> forwardChains(Zone z) {
        String name = "filter_FWD_" + z.name();
        List<Rule> head = new ArrayList<>();
        PARTS.forEach(p -> head.add(rule(Stmt.Verdict.jump(name + "_" + p))));
        switch (z.target()) {
            case ACCEPT -> head.add(rule(Stmt.Verdict.ACCEPT));
            case DROP -> head.add(rule(Stmt.Verdict.DROP));
            case DEFAULT, REJECT -> head.add(rule(ZoneStmts.REJECT_ADMIN));
        }
        List<Rule> allow = new ArrayList<>();
        if (z.forward()) {
            z.interfaces().forEach(i -> allow.add(rule(ZoneStmts.oifname(i), Stmt.Verdict.ACCEPT)));
        }
        List<Chain> out = new ArrayList<>();
        out.add(new Chain(name, null, head));
        for (String p : PARTS) {
            out.add(new Chain(name + "_" + p, null, p.equals("allow") ? allow : List.of()));
        }
        return out;
    }

    static Rule rule(Stmt... stmts) {
        return new Rule(List.of(stmts));
    }
}
