package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/**
 * The jumps into a policy's chains, in the {@code *_POLICIES_pre} chains for a negative priority and
 * {@code *_POLICIES_post} for a positive one, ordered by priority: one rule per pair of an ingress match
 * (interfaces or a source of the ingress zones) and an egress match; HOST and ANY match everything.
 */
final class PolicyDispatch {
    private PolicyDispatch() {
    }

    static void add(TableDraft t, Scope p, List<Hookpoint> hookpoints, Map<String, Zone> zones,
                    Map<String, IpSet> ipsets) {
        String side = p.priority() < 0 ? "POLICIES_pre" : "POLICIES_post";
        var origin = p.origin("ingress-zones " + String.join(" ", p.ingress()) + ", egress-zones "
                + String.join(" ", p.egress()));
        for (Hookpoint h : hookpoints) {
            String target = p.chain(h);
            List<Stmt> ingress = matches(p.ingress(), "iifname", "saddr", zones, ipsets);
            List<Stmt> egress = matches(p.egress(), "oifname", "daddr", zones, ipsets);
            for (Stmt in : ingress.isEmpty() ? nothing() : ingress) {
                for (Stmt out : egress.isEmpty() ? nothing() : egress) {
                    if (in != null && out != null && conflict(in, out)) {
                        continue;
                    }
                    List<Stmt> stmts = new ArrayList<>();
                    if (in != null) {
                        stmts.add(in);
                    }
                    if (out != null) {
                        stmts.add(out);
                    }
                    stmts.add(Stmt.Verdict.jump(target));
                    t.addRanked(h.dispatch(side), origin, p.priority(), stmts);
                }
            }
        }
    }

    private static List<Stmt> nothing() {
        List<Stmt> one = new ArrayList<>();
        one.add(null);
        return one;
    }

    /** Wildcard interfaces one by one, the other interfaces as one set, then each source. */
    private static List<Stmt> matches(List<String> names, String ifKey, String field, Map<String, Zone> zones,
                                      Map<String, IpSet> ipsets) {
        TreeSet<String> interfaces = new TreeSet<>();
        List<ZoneSource> sources = new ArrayList<>();
        for (String name : names) {
            Zone z = zones.get(name);
            if (z != null) {
                interfaces.addAll(z.interfaces());
                z.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
            }
        }
        List<Stmt> out = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String i : interfaces) {
            if (i.endsWith("+")) {
                out.add(Matches.ifname(ifKey, i));
            } else {
                plain.add(i);
            }
        }
        if (plain.size() == 1) {
            out.add(Matches.meta(ifKey, plain.getFirst()));
        } else if (plain.size() > 1) {
            out.add(Matches.eq(new Expr.Meta(ifKey), new Expr.SetLit(plain.stream().<Expr>map(Expr.Str::new).toList())));
        }
        for (ZoneSource s : sources) {
            out.add(Matches.address(s.text(), field, false, ipsets));
        }
        return out;
    }

    /** An IPv4 ingress address cannot meet an IPv6 egress address. */
    private static boolean conflict(Stmt in, Stmt out) {
        return in instanceof Stmt.Match(Expr.Payload(String a, String f1), var o1, var r1)
                && out instanceof Stmt.Match(Expr.Payload(String b, String f2), var o2, var r2)
                && !a.equals(b);
    }
}
