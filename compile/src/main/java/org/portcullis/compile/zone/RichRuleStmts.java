package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.Logging;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/**
 * Rich rules of a zone as rules of its parts: priority below zero in pre, above zero in post, otherwise
 * logging in log, drop and reject in deny, accept in allow. Elements acting outside the input filter
 * (masquerade, forward ports, ICMP blocks and types, MSS clamping) and mark actions add nothing here.
 */
final class RichRuleStmts {
    private RichRuleStmts() {
    }

    static void add(List<RichRule> rules, Map<String, Service> services, ZoneParts parts) {
        for (RichRule r : rules.stream().sorted(RichRule.BY_PRIORITY).toList()) {
            Optional<List<Stmt>> matches = matches(r);
            if (matches.isEmpty()) {
                continue;
            }
            r.logging().ifPresent(l -> {
                if (l instanceof Logging.Log log) {
                    Stmt stmt = new Stmt.Log(log.prefix().orElse(null), log.level().orElse(null), null);
                    target(r, parts, parts.log).addAll(expand(r, matches.get(), List.of(stmt), services));
                }
            });
            r.action().flatMap(RichRuleStmts::verdict).ifPresent(tail -> target(r, parts,
                    r.action().get() instanceof Action.Accept ? parts.allow : parts.deny)
                    .addAll(expand(r, matches.get(), tail, services)));
        }
    }

    private static List<Rule> target(RichRule r, ZoneParts parts, List<Rule> byAction) {
        return r.priority() < 0 ? parts.pre : r.priority() > 0 ? parts.post : byAction;
    }

    private static Optional<List<Stmt>> matches(RichRule r) {
        List<Stmt> out = new ArrayList<>();
        boolean hasAddress = r.source().map(s -> s.match() instanceof AddressMatch.Address).orElse(false)
                || r.destination().map(d -> d.match() instanceof AddressMatch.Address).orElse(false);
        r.family().filter(f -> !hasAddress).ifPresent(f -> out.add(ZoneStmts.nfproto(f.text())));
        if (r.source().isPresent()) {
            if (!(r.source().get().match() instanceof AddressMatch.Address a)) {
                return Optional.empty();
            }
            out.add(ZoneStmts.address(a.value(), true, r.source().get().invert()));
        }
        if (r.destination().isPresent()) {
            if (!(r.destination().get().match() instanceof AddressMatch.Address a)) {
                return Optional.empty();
            }
            out.add(ZoneStmts.address(a.value(), false, r.destination().get().invert()));
        }
        return Optional.of(out);
    }

    private static List<Rule> expand(RichRule r, List<Stmt> matches, List<Stmt> tail, Map<String, Service> services) {
        if (r.element().isEmpty()) {
            List<Stmt> stmts = new ArrayList<>(matches);
            stmts.addAll(tail);
            return List.of(new Rule(stmts));
        }
        return switch (r.element().get()) {
            case Element.Service s -> services.containsKey(s.name())
                    ? ServiceStmts.rules(services.get(s.name()), matches, tail) : List.of();
            case Element.Port p -> List.of(with(matches, ZoneStmts.port(Port.of(p.port(), p.protocol()), true), tail));
            case Element.SourcePort p ->
                    List.of(with(matches, ZoneStmts.port(Port.of(p.port(), p.protocol()), false), tail));
            case Element.Protocol p -> List.of(with(matches, ZoneStmts.l4proto(p.value()), tail));
            case Element.IcmpBlock b -> List.of();
            case Element.IcmpType t -> List.of();
            case Element.Masquerade m -> List.of();
            case Element.ForwardPort f -> List.of();
            case Element.TcpMssClamp c -> List.of();
        };
    }

    private static Rule with(List<Stmt> matches, Stmt match, List<Stmt> tail) {
        List<Stmt> stmts = new ArrayList<>(matches);
        stmts.add(match);
        stmts.addAll(tail);
        return new Rule(stmts);
    }

    private static Optional<List<Stmt>> verdict(Action a) {
        return switch (a) {
            case Action.Accept x -> Optional.of(List.of(Stmt.Verdict.ACCEPT));
            case Action.Drop x -> Optional.of(List.of(Stmt.Verdict.DROP));
            case Action.Reject x -> Optional.of(List.of(x.type().map(RichRuleStmts::reject)
                    .orElse(new Stmt.Reject(null, null))));
            case Action.Mark x -> Optional.empty();
        };
    }

    /** {@code icmp-host-prohibited} becomes {@code reject with icmp host-prohibited}, and so on. */
    private static Stmt reject(String type) {
        boolean v6 = type.startsWith("icmp6-");
        String code = type.substring(type.indexOf('-') + 1).replace("adm-", "admin-");
        if (code.endsWith("-prohib")) {
            code = code + "ited";
        }
        return new Stmt.Reject(v6 ? "icmpv6" : "icmp", code);
    }
}
