package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.compile.Origin;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.Logging;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.PortRange;
import org.portcullis.model.zone.Service;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * A rich rule of a zone or policy as firewalld lays it out. Its matches are the family, the destination, the
 * source and the element; its log or nflog part goes to the log chain, its audit part too, its action to
 * the allow chain (accept, mark) or the deny chain (drop, reject), or with a priority below or above zero
 * to the pre or post chain, placed by priority. Masquerade, forward ports, marks and MSS clamping act in
 * the nat, mangle and forward chains.
 */
final class RichRules {
    private final TableDraft t;
    private final Scope s;
    private final Map<String, Service> services;
    private final Map<String, IpSet> ipsets;

    RichRules(TableDraft t, Scope s, Map<String, Service> services, Map<String, IpSet> ipsets) {
        this.t = t;
        this.s = s;
        this.services = services;
        this.ipsets = ipsets;
    }

    void add(RichRule r) {
        Origin origin = s.origin("rich rule '" + r + "'");
        List<String> families = families(r);
        List<Stmt> common = new ArrayList<>();
        r.family().ifPresent(f -> common.add(Matches.nfproto(f.text())));
        r.destination().ifPresent(d -> common.add(Matches.address(text(d.match()), "daddr", d.invert(), ipsets)));
        r.source().ifPresent(src -> common.add(Matches.address(text(src.match()), "saddr", src.invert(), ipsets)));
        switch (r.element().orElse(null)) {
            case Element.Service svc -> {
                for (ServiceMatches.ServiceMatch m : ServiceMatches.of(svc.name(), services, families)) {
                    List<Stmt> matches = new ArrayList<>();
                    r.family().ifPresent(f -> matches.add(Matches.nfproto(f.text())));
                    m.destination().ifPresent(matches::add);
                    matches.addAll(common.subList(r.family().isPresent() ? 1 : 0, common.size()));
                    matches.add(m.match());
                    logAuditAction(r, origin, matches);
                }
            }
            case Element.Port p -> logAuditAction(r, origin, with(common,
                    Matches.port(p.protocol(), "dport", range(p.port()))));
            case Element.SourcePort p -> logAuditAction(r, origin, with(common,
                    Matches.port(p.protocol(), "sport", range(p.port()))));
            case Element.Protocol p -> logAuditAction(r, origin, with(common, Matches.l4proto(p.value())));
            case Element.IcmpBlock b -> icmp(r, origin, common, families, b.name());
            case Element.IcmpType i -> icmp(r, origin, common, families, i.name());
            case Element.Masquerade m -> {
                List<Stmt> stmts = new ArrayList<>(common);
                stmts.addAll(NatRules.masquerade());
                place("nat", true, suffix(r), r, origin, stmts);
            }
            case Element.ForwardPort f -> {
                List<Stmt> stmts = new ArrayList<>(common);
                stmts.addAll(NatRules.forward(f.protocol(), range(f.port()),
                        f.toPort().isEmpty() ? null : range(f.toPort()), f.toAddr().isEmpty() ? null : f.toAddr()));
                place("nat", false, suffix(r), r, origin, stmts);
            }
            case Element.TcpMssClamp c -> mssClamp(r, origin, c);
            case null -> logAuditAction(r, origin, common);
        }
    }

    /** The families the rule applies to: its own, its ICMP type's, its source address's, or both. */
    private List<String> families(RichRule r) {
        if (r.family().isPresent()) {
            return List.of(r.family().get().text());
        }
        List<String> out = switch (r.element().orElse(null)) {
            case Element.IcmpBlock b -> IcmpTypeMatch.families(b.name());
            case Element.IcmpType i -> IcmpTypeMatch.families(i.name());
            case null, default -> List.of();
        };
        String source = r.source().map(src -> src.match() instanceof AddressMatch.Mac ? null
                : Matches.addressFamily(text(src.match()), ipsets)).orElse(null);
        if (source != null) {
            return List.of(source);
        }
        return out.isEmpty() ? List.of(ListingForm.V4, ListingForm.V6) : out;
    }

    private void icmp(RichRule r, Origin origin, List<Stmt> common, List<String> families, String name) {
        for (String family : families) {
            Optional<List<Stmt>> icmp = IcmpTypeMatch.matches(family, name);
            if (icmp.isEmpty()) {
                continue;
            }
            List<Stmt> matches = new ArrayList<>(common);
            matches.addAll(icmp.get());
            if (r.action().isPresent()) {
                logAuditAction(r, origin, matches);
            } else {
                logAudit(r, origin, matches);
                place("filter", false, suffix(r), r, origin, with(matches, Matches.REJECT_ADMIN));
            }
        }
    }

    private void mssClamp(RichRule r, Origin origin, Element.TcpMssClamp c) {
        List<Stmt> stmts = new ArrayList<>();
        r.destination().ifPresent(d -> stmts.add(Matches.address(text(d.match()), "daddr", d.invert(), ipsets)));
        r.source().ifPresent(src -> stmts.add(Matches.address(text(src.match()), "saddr", src.invert(), ipsets)));
        stmts.add(new Stmt.Match(new Expr.Payload("tcp", "flags"), Op.IN, new Expr.Str("syn")));
        Expr value = c.value().filter(v -> !v.equals("pmtu")).<Expr>map(v -> new Expr.Num(Long.parseLong(v)))
                .orElse(new Expr.Rt("mtu"));
        stmts.add(new Stmt.Mangle(new Expr.TcpOption("maxseg", "size"), value));
        String chain = s.chain("filter", false);
        if (chain != null && t.has(chain)) {
            t.add(chain + "_" + suffix(r), origin, stmts);
        }
    }

    private void logAuditAction(RichRule r, Origin origin, List<Stmt> matches) {
        logAudit(r, origin, matches);
        r.action().ifPresent(a -> {
            List<Stmt> stmts = new ArrayList<>(matches);
            a.limit().ifPresent(l -> stmts.add(Matches.limit(l)));
            stmts.add(verdict(a));
            place(a instanceof Action.Mark ? "mangle" : "filter", false, suffix(r), r, origin, stmts);
        });
    }

    private void logAudit(RichRule r, Origin origin, List<Stmt> matches) {
        String part = r.priority() == 0 ? "log" : r.priority() < 0 ? "pre" : "post";
        r.logging().ifPresent(l -> {
            List<Stmt> stmts = new ArrayList<>(matches);
            l.limit().ifPresent(x -> stmts.add(Matches.limit(x)));
            stmts.add(log(l));
            place("filter", false, part, r, origin, stmts);
        });
        r.audit().ifPresent(a -> {
            List<Stmt> stmts = new ArrayList<>(matches);
            a.limit().ifPresent(x -> stmts.add(Matches.limit(x)));
            stmts.add(new Stmt.Log(null, "audit", null, null));
            place("filter", false, part, r, origin, stmts);
        });
    }

    /** Adds to the scope's chain part of the table; rules with a priority are placed by it. */
    private void place(String table, boolean snat, String part, RichRule r, Origin origin, List<Stmt> stmts) {
        String chain = s.chain(table, snat);
        if (chain == null || !t.has(chain)) {
            return;
        }
        if (r.priority() == 0) {
            t.add(chain + "_" + part, origin, stmts);
        } else {
            t.addRanked(chain + "_" + part, origin, r.priority(), stmts);
        }
    }

    /** The part an action or an element without one goes to. */
    private static String suffix(RichRule r) {
        if (r.priority() < 0) {
            return "pre";
        }
        if (r.priority() > 0) {
            return "post";
        }
        boolean allow = switch (r.element().orElse(null)) {
            case Element.Masquerade m -> true;
            case Element.ForwardPort f -> true;
            case Element.TcpMssClamp c -> true;
            case null, default -> false;
        };
        Action a = r.action().orElse(null);
        return allow || a instanceof Action.Accept || a instanceof Action.Mark ? "allow" : "deny";
    }

    private static Stmt verdict(Action a) {
        return switch (a) {
            case Action.Accept x -> Stmt.Verdict.ACCEPT;
            case Action.Drop x -> Stmt.Verdict.DROP;
            case Action.Reject x -> x.type().map(RejectStmts::of).orElse(new Stmt.Reject(null, null));
            case Action.Mark x -> mark(x.set());
        };
    }

    private static Stmt mark(String set) {
        String[] parts = set.split("/");
        Expr mark = new Expr.Meta("mark");
        Expr value = new Expr.Num(Long.decode(parts[0]));
        return new Stmt.Mangle(mark, parts.length > 1
                ? new Expr.Xor(new Expr.And(mark, new Expr.Num(Long.decode(parts[1]))), value) : value);
    }

    private static Stmt log(Logging l) {
        return switch (l) {
            case Logging.Log log -> new Stmt.Log(log.prefix().orElse(null), log.level().map(RichRules::level)
                    .orElse(null), null, null);
            case Logging.NfLog nf -> new Stmt.Log(nf.prefix().orElse(null), null,
                    nf.group().map(Integer::parseInt).orElse(0), nf.queueSize().map(Integer::parseInt).orElse(null));
        };
    }

    /** nft's level name; {@code warn}, the default, is not listed. */
    private static String level(String level) {
        return switch (level) {
            case "warning" -> null;
            case "error" -> "err";
            default -> level;
        };
    }

    private static String text(AddressMatch m) {
        return m instanceof AddressMatch.Ipset i ? "ipset:" + i.value() : m.value();
    }

    private static PortRange range(String port) {
        return PortRange.tryParse(port).orElseThrow(() -> new IllegalArgumentException("bad port " + port));
    }

    private static List<Stmt> with(List<Stmt> matches, Stmt last) {
        List<Stmt> out = new ArrayList<>(matches);
        out.add(last);
        return out;
    }
}
