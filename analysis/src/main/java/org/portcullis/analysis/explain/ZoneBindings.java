package org.portcullis.analysis.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portcullis.compile.Origin;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.text.NftText;

/**
 * Finds in a trace the zones the packet was handed to. firewalld's layout, which Portcullis compiles too,
 * dispatches filtered packets from {@code filter_INPUT_ZONES} and {@code filter_FORWARD_ZONES} to a zone's
 * chain {@code filter_IN_ZONE} or {@code filter_FWD_ZONE}, by source first, then by interface, then to the
 * default zone. The dispatching rule's origin names the binding when the ruleset has a source map; otherwise
 * its match says it, so rulesets saved from a firewalld host are read the same way.
 */
public final class ZoneBindings {
    private static final Pattern DISPATCH = Pattern.compile("filter_[A-Z]+_ZONES");
    private static final Pattern ZONE_CHAIN = Pattern.compile("filter_(IN|FWD)_(.+)");

    private ZoneBindings() {
    }

    public static List<ZoneBinding> of(Trace trace, RuleNamer namer) {
        List<ZoneBinding> out = new ArrayList<>();
        Hook hook = null;
        for (Step s : trace.steps()) {
            if (s instanceof Step.HookEntered h) {
                hook = h.hook();
            }
            if (!(s instanceof Step.RuleMatched m) || m.target() == null
                    || m.action() != RuleAction.GOTO && m.action() != RuleAction.JUMP
                    || !DISPATCH.matcher(m.rule().chain()).matches()) {
                continue;
            }
            Matcher zoneChain = ZONE_CHAIN.matcher(m.target());
            if (!zoneChain.matches()) {
                continue;
            }
            ZoneBinding b = namer.origin(m.rule()).orElse(null) instanceof Origin.FromZone z
                    ? new ZoneBinding(z.zone(), z.item(), hook)
                    : new ZoneBinding(zoneChain.group(2), binding(namer.rule(m.rule())), hook);
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    private static String binding(Rule rule) {
        List<Stmt.Match> matches = rule == null ? List.of()
                : rule.stmts().stream().filter(Stmt.Match.class::isInstance).map(Stmt.Match.class::cast).toList();
        if (matches.isEmpty()) {
            return "default zone";
        }
        if (matches.size() == 1) {
            Stmt.Match m = matches.getFirst();
            String value = value(m.right());
            if (value != null && m.left() instanceof Expr.Meta meta
                    && (meta.key().equals("iifname") || meta.key().equals("oifname"))) {
                return "interface " + value;
            }
            if (value != null && m.left() instanceof Expr.Payload p
                    && (p.field().equals("saddr") || p.field().equals("daddr"))) {
                return "source " + value;
            }
        }
        try {
            return NftText.rule(new Rule(List.<Stmt>copyOf(matches)));
        } catch (IllegalArgumentException e) {
            return "a match not expressible in nft text";
        }
    }

    private static String value(Expr e) {
        return switch (e) {
            case Expr.Str s -> s.value();
            case Expr.Prefix p -> p.prefix().toString();
            case Expr.SetRef r -> "ipset:" + r.name();
            default -> null;
        };
    }
}
