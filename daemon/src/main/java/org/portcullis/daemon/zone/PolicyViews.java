package org.portcullis.daemon.zone;

import org.portcullis.config.catalog.ZoneSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Handler;
import org.portcullis.daemon.api.PolicyOps;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Port;

/**
 * Answers about one policy, shared by the runtime and permanent families: listings, queries, the getters,
 * and the trial of one more item on the copy firewall-cmd edits ({@link PolicyOps#draft}).
 */
final class PolicyViews {
    private PolicyViews() {
    }

    static void register(Dispatcher d, boolean permanent, Supplier<ZoneSet> now) {
        Registrar r = permanent ? d::permanent : d::runtime;
        r.put(PolicyOps.LIST_ALL, a -> Response.lines(ZoneViews.policyListing(now.get().policy(a.get(0)),
                ZoneViews.verbose(a, 1))));
        r.put(PolicyOps.GET_TARGET, a -> line(now.get().policy(a.get(0)).target().name()));
        r.put(PolicyOps.GET_PRIORITY, a -> line(Integer.toString(now.get().policy(a.get(0)).priority())));
        r.put(PolicyOps.GET_DESCRIPTION, a -> line(now.get().policy(a.get(0)).description()));
        r.put(PolicyOps.GET_SHORT, a -> line(now.get().policy(a.get(0)).shortDescription()));
        for (String kind : PolicyOps.ITEMS) {
            r.put(PolicyOps.query(kind), a -> Response.answer(
                    PolicyDraft.of(now.get().policy(a.get(0))).contains(kind, kind.equals("masquerade") ? "" : a.get(1))));
            if (!kind.equals("masquerade")) {
                r.put(PolicyOps.list(kind), a -> Response.lines(list(now.get().policy(a.get(0)), kind)));
            }
            for (String verb : List.of("add", "remove")) {
                r.put(PolicyOps.draft(verb, kind), a -> {
                    PolicyDraft draft = PolicyDraft.of(now.get().policy(a.get(0)));
                    for (String earlier : a.subList(2, a.size())) {
                        draft = edit(draft, verb, kind, earlier);
                    }
                    edit(draft, verb, kind, a.get(1));
                    return Response.ok();
                });
            }
        }
    }

    static PolicyDraft edit(PolicyDraft d, String verb, String kind, String value) {
        return verb.equals("add") ? d.add(kind, value) : d.remove(kind, value);
    }

    /** The lines {@code --list-KIND} prints: one line of names, or one line per forward port or rich rule. */
    static List<String> list(Policy p, String kind) {
        var x = p.primitives();
        return switch (kind) {
            case "service" -> List.of(String.join(" ", new TreeSet<>(x.services())));
            case "port" -> List.of(ports(x.ports()));
            case "protocol" -> List.of(String.join(" ", new TreeSet<>(x.protocols())));
            case "source-port" -> List.of(ports(x.sourcePorts()));
            case "icmp-block" -> List.of(String.join(" ", x.icmpBlocks()));
            case "forward-port" -> List.of(String.join("\n", x.forwardPorts().stream().map(ForwardPort::toString)
                    .toList()));
            case "rich-rule" -> List.of(String.join("\n", x.richRules().stream().map(RichRule::toString).toList()));
            case "ingress-zone" -> List.of(String.join(" ", new TreeSet<>(p.ingressZones())));
            case "egress-zone" -> List.of(String.join(" ", new TreeSet<>(p.egressZones())));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** firewall-cmd sorts listed ports by protocol, then by their first port. */
    private static String ports(List<Port> ports) {
        return String.join(" ", ports.stream().sorted(Comparator.comparing((Port p) -> p.protocol().text())
                .thenComparingInt(p -> p.range().low())).map(Port::toString).toList());
    }

    private static Response line(String text) {
        return Response.lines(List.of(text));
    }

    @FunctionalInterface
    interface Registrar {
        void put(String op, Handler handler);
    }
}
