package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.Explainer;
import org.portcullis.analysis.explain.PacketPath;
import org.portcullis.analysis.explain.PacketQuery;
import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Connection;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Outcome;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.model.error.FirewallException;

/**
 * Lock-out of the administrator's ssh session. Plays one packet of the session each way as conntrack sees a
 * running session (ct state established): when either is dropped the session is cut. When both pass, plays a
 * new login from the same client to the same server port: when it fails, the session lasts only while its
 * conntrack entry does.
 */
final class SessionCheck implements Check {

    @Override
    public List<Finding> run(CheckContext ctx) {
        SshSession s = ctx.input().session();
        if (s == null) {
            return List.of();
        }
        if (!ctx.host().isLocal(s.server())) {
            ctx.note("ssh session " + s.words() + " not checked: " + s.server() + " is not an address of host " + ctx.host().name());
            return List.of();
        }
        if (ctx.host().isLocal(s.client())) {
            ctx.note("ssh session " + s.words() + " not checked: it comes from this host itself");
            return List.of();
        }
        Explainer explainer = ctx.explainer(ctx.host());
        try {
            ExplainedPacket in = explainer.packet(new PacketQuery(PacketPath.IN, IpProto.TCP, s.client(), s.clientPort(),
                    s.server(), s.serverPort(), null, null, CtState.ESTABLISHED, -1, -1));
            ExplainedPacket out = explainer.packet(new PacketQuery(PacketPath.OUT, IpProto.TCP, s.server(), s.serverPort(),
                    s.client(), s.clientPort(), null, null, CtState.ESTABLISHED, -1, -1));
            List<Flow> cut = new ArrayList<>();
            Fix fix = null;
            for (ExplainedPacket p : List.of(in, out)) {
                if (p.record().lost()) {
                    String way = p == in ? "client to host" : "host to client";
                    cut.add(Flow.packet("ssh session " + s.words() + ", " + way + ", ct state established", "session packet",
                            p, ctx.namer()));
                    Fix f = FixHints.forLost(p.record(), true, ctx.namer(), ctx.input().form());
                    fix = fix == null ? f : fix.and(f);
                }
            }
            if (!cut.isEmpty()) {
                return List.of(new SessionLockout(s, true, cut, fix));
            }
            Connection login = explainer.connect(ConnectRequest.inbound(IpProto.TCP, s.client(), s.server(), s.serverPort()), null)
                    .connection();
            if (login.outcome() != Outcome.ESTABLISHED && !login.lost().isEmpty()) {
                var lost = login.lost().getFirst();
                return List.of(new SessionLockout(s, false, List.of(Flow.lost(login, lost, ctx.namer())),
                        FixHints.forLost(lost, ctx.namer(), ctx.input().form())));
            }
        } catch (FirewallException e) {
            ctx.note("ssh session " + s.words() + " not checked: " + e.getMessage());
        }
        return List.of();
    }
}
