package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.analysis.explain.Explainer;
import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Connection;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Outcome;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/**
 * DNS blocked: plays a query to each resolver over udp/53 and over tcp/53, by the route the host takes to it;
 * a query that does not get its answer back is a finding, with the packet that was lost.
 */
final class DnsCheck implements Check {

    @Override
    public List<Finding> run(CheckContext ctx) {
        if (ctx.input().resolvers().isEmpty()) {
            ctx.note("DNS not checked: no resolver is known");
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Explainer explainer = ctx.explainer(ctx.host());
        for (IpAddress resolver : ctx.input().resolvers()) {
            if (ctx.host().isLocal(resolver)) {
                ctx.note("resolver " + resolver + " is this host (a local cache); the servers it forwards to are not known and were not checked");
                continue;
            }
            if (ctx.host().route(resolver).isEmpty()) {
                ctx.note("resolver " + resolver + " not checked: host " + ctx.host().name() + " has no route to it");
                continue;
            }
            List<Flow> broken = new ArrayList<>();
            Fix fix = null;
            for (int proto : new int[] {IpProto.UDP, IpProto.TCP}) {
                Connection c;
                try {
                    c = explainer.connect(ConnectRequest.outbound(proto, resolver, 53), null).connection();
                } catch (FirewallException e) {
                    ctx.note("resolver " + resolver + " not checked: " + e.getMessage());
                    break;
                }
                if (c.outcome() == Outcome.ESTABLISHED || c.lost().isEmpty()) {
                    continue;
                }
                PacketRecord lost = c.lost().getFirst();
                broken.add(Flow.lost(c, lost, ctx.namer()));
                Fix f = FixHints.forLost(lost, ctx.namer(), ctx.input().form());
                fix = fix == null ? f : fix.and(f);
            }
            if (!broken.isEmpty()) {
                out.add(new DnsBlocked(resolver, broken, fix));
            }
        }
        return out;
    }
}
