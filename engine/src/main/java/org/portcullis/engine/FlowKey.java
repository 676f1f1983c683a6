package org.portcullis.engine;

import org.portcullis.model.net.IpAddress;

/** The tuple identifying a flow in one direction. */
public record FlowKey(int protocol, IpAddress src, int sport, IpAddress dst, int dport) {

    public static FlowKey of(Packet p) {
        return new FlowKey(p.protocol(), p.src(), p.sport(), p.dst(), p.dport());
    }

    public FlowKey reverse() {
        return new FlowKey(protocol, dst, dport, src, sport);
    }

    @Override
    public String toString() {
        return IpProto.name(protocol) + " " + src + ":" + sport + " -> " + dst + ":" + dport;
    }
}
