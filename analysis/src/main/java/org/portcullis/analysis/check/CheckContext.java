package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.portcullis.analysis.explain.Explainer;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Connection;
import org.portcullis.engine.Direction;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.InterfaceAddress;
import org.portcullis.engine.host.NetInterface;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/**
 * What the checks share: the input, the rule namer, the probes, the notes they leave, and the connections
 * already played (the replies and IPv6 checks play many of the same), each on a fresh simulator.
 */
final class CheckContext {
    private record PlayKey(String iface, boolean v6, Direction direction, Probe probe) {
    }

    private final CheckInput input;
    private final RuleNamer namer;
    private final Probes probes;
    private final List<String> notes = new ArrayList<>();
    private final Map<Host, Explainer> explainers = new IdentityHashMap<>();
    private final Map<Host, Map<PlayKey, Optional<Connection>>> plays = new IdentityHashMap<>();

    CheckContext(CheckInput input) {
        this.input = input;
        this.namer = new RuleNamer(input.compiled().ruleset(), input.compiled().sourceMap());
        this.probes = Probes.of(input.compiled().ruleset());
    }

    CheckInput input() {
        return input;
    }

    Host host() {
        return input.host();
    }

    RuleNamer namer() {
        return namer;
    }

    Probes probes() {
        return probes;
    }

    void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** The host's interfaces that carry traffic to other hosts: all but the loopback, with an address. */
    List<String> interfaces() {
        return host().interfaces().stream().filter(i -> !i.loopback() && !i.addresses().isEmpty())
                .map(NetInterface::name).toList();
    }

    Explainer explainer(Host host) {
        return explainers.computeIfAbsent(host, h -> new Explainer(input.compiled(), h, input.seed()));
    }

    /**
     * Plays {@code probe} on {@code iface} between the host's address there and a peer ({@link Peers}), the host
     * connecting out or the peer connecting in; empty when the interface has no address of the family or no peer.
     */
    Optional<Connection> play(Host host, String iface, boolean v6, Direction direction, Probe probe) {
        return plays.computeIfAbsent(host, h -> new HashMap<>())
                .computeIfAbsent(new PlayKey(iface, v6, direction, probe), k -> playNew(host, k));
    }

    private Optional<Connection> playNew(Host host, PlayKey k) {
        InterfaceAddress local = Peers.local(host, k.iface(), k.v6());
        IpAddress peer = Peers.peer(host, k.iface(), k.v6());
        if (local == null || peer == null) {
            return Optional.empty();
        }
        int proto = k.probe().protocol(k.v6());
        ConnectRequest req = k.direction() == Direction.OUTBOUND
                ? new ConnectRequest(Direction.OUTBOUND, proto, local.address(), peer, k.probe().port())
                : ConnectRequest.inbound(proto, peer, local.address(), k.probe().port());
        try {
            return Optional.of(explainer(host).connect(req, k.iface()).connection());
        } catch (FirewallException e) {
            note("not played on " + k.iface() + ": " + k.probe().words() + " " + k.direction().name().toLowerCase(Locale.ROOT)
                    + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
