package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.analysis.explain.HostAdjust;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.engine.Connection;
import org.portcullis.engine.Direction;
import org.portcullis.engine.Outcome;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.InterfaceAddress;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Family;

/**
 * IPv6 left open. On every interface with IPv4, plays each probe over IPv4 and over IPv6, the host connecting
 * out and a peer connecting in: when a rule of an IPv4-only table ({@code ip} family, as an {@code ipv4} direct
 * rule is) stops the connection's first packet while the same connection over IPv6 is established, the
 * restriction leaves IPv6 open. An interface without an IPv6 address is played with an assumed one, since a
 * router advertisement can give it one at any time.
 */
final class Ipv6Check implements Check {
    static final InterfaceAddress ASSUMED = InterfaceAddress.parse("2001:db8:ffff::2/64");

    private record Group(Direction direction, Step decider) {
    }

    private record Pair(String iface, boolean assumed, Connection open, Connection blocked) {
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<Group, List<Pair>> groups = new LinkedHashMap<>();
        for (String iface : ctx.interfaces()) {
            if (Peers.local(ctx.host(), iface, false) == null) {
                continue;
            }
            boolean assumed = Peers.local(ctx.host(), iface, true) == null;
            Host host6 = assumed ? HostAdjust.withAddress(ctx.host(), iface, ASSUMED) : ctx.host();
            for (Direction d : List.of(Direction.OUTBOUND, Direction.INBOUND)) {
                for (Probe p : d == Direction.OUTBOUND ? ctx.probes().outbound() : ctx.probes().inbound()) {
                    Optional<Connection> v4 = ctx.play(ctx.host(), iface, false, d, p);
                    Optional<Connection> v6 = ctx.play(host6, iface, true, d, p);
                    if (v4.isEmpty() || v6.isEmpty() || v6.get().outcome() != Outcome.ESTABLISHED) {
                        continue;
                    }
                    blockedByIpv4Rule(v4.get()).ifPresent(by -> groups.computeIfAbsent(new Group(d, by), k -> new ArrayList<>())
                            .add(new Pair(iface, assumed, v6.get(), v4.get())));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        groups.forEach((g, pairs) -> {
            Pair first = pairs.getFirst();
            PacketRecord blocked = first.blocked().packets().getFirst();
            LinkedHashSet<String> ifaces = new LinkedHashSet<>();
            pairs.forEach(p -> ifaces.add(p.iface()));
            List<String> also = pairs.stream().skip(1).map(p -> Flow.passed(p.open(), ctx.namer()).brief())
                    .distinct().limit(RepliesCheck.ALSO).toList();
            out.add(new Ipv6LeftOpen(g.direction(), List.copyOf(ifaces), first.assumed(),
                    Flow.passed(first.open(), ctx.namer()), Flow.lost(first.blocked(), blocked, ctx.namer()), also,
                    FixHints.ipv6Equivalents(blocked, ctx.namer(), ctx.input().compiled().sourceMap(), ctx.input().form())));
        });
        return out;
    }

    /** The deciding step when a rule or policy of an {@code ip} family table stopped the first packet. */
    private static Optional<Step> blockedByIpv4Rule(Connection c) {
        PacketRecord first = c.packets().getFirst();
        if (!first.lost()) {
            return Optional.empty();
        }
        Step by = Words.decidingStep(first.trace());
        boolean ipOnly = switch (by) {
            case Step.RuleMatched m -> m.rule().family() == Family.IP;
            case Step.PolicyApplied p -> p.family() == Family.IP;
            case null, default -> false;
        };
        return ipOnly ? Optional.of(by) : Optional.empty();
    }
}
