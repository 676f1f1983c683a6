package org.portcullis.engine.eval;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.engine.Packet;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Hook;

/**
 * The state of one packet while it crosses the host: the packet as rewritten so far, the hook, what
 * connection tracking attached (null before the conntrack hook), the steps met, the counters, and the
 * host it crosses (null when no host model is at hand: routing lookups are then unknown).
 */
public final class EvalContext {
    private Packet packet;
    private Hook hook;
    private CtResult ct;
    private boolean notrack;
    private boolean uncertain;
    private final List<Step> steps = new ArrayList<>();
    private final Counters counters;
    private final Host host;

    public EvalContext(Packet packet, Counters counters) {
        this(packet, counters, null);
    }

    public EvalContext(Packet packet, Counters counters, Host host) {
        this.packet = packet;
        this.counters = counters;
        this.host = host;
    }

    public Host host() {
        return host;
    }

    public Packet packet() {
        return packet;
    }

    public void packet(Packet p) {
        packet = p;
    }

    public Hook hook() {
        return hook;
    }

    public void hook(Hook h) {
        hook = h;
    }

    public CtResult ct() {
        return ct;
    }

    public void ct(CtResult result) {
        ct = result;
    }

    public boolean notrack() {
        return notrack;
    }

    void notrack(boolean value) {
        notrack = value;
    }

    public boolean uncertain() {
        return uncertain;
    }

    public void markUncertain() {
        uncertain = true;
    }

    public Counters counters() {
        return counters;
    }

    public void step(Step s) {
        steps.add(s);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}
