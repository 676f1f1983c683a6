package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.analysis.explain.render.Words;
import org.portcullis.engine.Connection;
import org.portcullis.engine.Direction;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.trace.Step;

/**
 * Replies dropped for want of an established/related rule. On every interface and family, plays connections
 * peers open to the host and connections the host opens: when the host accepted a peer's connection but one of
 * its own answers (a SYN-ACK, a datagram reply, the ICMP error answering a rejected packet) is dropped on the
 * way out, or the host's packet left but the peer's answer is dropped on the way in, the replies are cut.
 * Flows cut by the same rule make one finding.
 */
final class RepliesCheck implements Check {
    /** How many other cut flows a finding lists. */
    static final int ALSO = 8;

    private record Group(boolean v6, boolean leaving, Step decider) {
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<Group, List<Flow>> flows = new LinkedHashMap<>();
        Map<Group, LinkedHashSet<String>> interfaces = new LinkedHashMap<>();
        for (String iface : ctx.interfaces()) {
            for (boolean v6 : new boolean[] {false, true}) {
                for (Probe p : ctx.probes().inbound()) {
                    ctx.play(ctx.host(), iface, v6, Direction.INBOUND, p)
                            .ifPresent(c -> cut(c, Sender.HOST).ifPresent(r -> add(ctx, flows, interfaces, iface, v6, true, c, r)));
                }
                for (Probe p : ctx.probes().outbound()) {
                    ctx.play(ctx.host(), iface, v6, Direction.OUTBOUND, p)
                            .filter(c -> c.packets().getFirst().fate() == Fate.SENT)
                            .ifPresent(c -> cut(c, Sender.PEER).ifPresent(r -> add(ctx, flows, interfaces, iface, v6, false, c, r)));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        flows.forEach((g, fs) -> {
            Flow first = fs.getFirst();
            List<String> also = fs.stream().skip(1).map(Flow::brief).distinct().limit(ALSO).toList();
            out.add(new RepliesDropped(g.v6() ? "ipv6" : "ipv4", g.leaving(), List.copyOf(interfaces.get(g)), first, also,
                    FixHints.forLost(first.packet(), ctx.namer(), ctx.input().form())));
        });
        return out;
    }

    /** The first packet {@code answerer} sent in the connection that a rule dropped or rejected. */
    private static Optional<PacketRecord> cut(Connection c, Sender answerer) {
        return c.packets().stream()
                .filter(r -> r.sender() == answerer && (r.fate() == Fate.DROPPED || r.fate() == Fate.REJECTED))
                .findFirst();
    }

    private static void add(CheckContext ctx, Map<Group, List<Flow>> flows, Map<Group, LinkedHashSet<String>> interfaces,
                            String iface, boolean v6, boolean leaving, Connection c, PacketRecord cut) {
        Flow f = Flow.lost(c, cut, ctx.namer());
        Group g = new Group(v6, leaving, Words.decidingStep(cut.trace()));
        flows.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
        interfaces.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(iface);
    }
}
