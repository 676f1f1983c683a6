package org.portcullis.difftest;

import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Connection;
import org.portcullis.engine.MacAddress;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.play.Sender;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.text.NftText;

/**
 * One zone case: the compiled configuration of {@code H} (every rule counted) and a connection; plays it in
 * the simulator on the model of {@code H}. {@code config} is the configuration in words, empty when only
 * the ruleset was recorded. Frames come from the MAC address of the lab's node that sent them: the client's,
 * and for a flow {@code H} forwards, that of the node behind the interface {@code H} sent it out of.
 */
record ZoneCase(String config, Ruleset ruleset, ZoneConn conn) implements Scenario {

    @Override
    public Observed simulate() {
        Simulator sim = new Simulator(ruleset, ZoneLab.hostModel(), 1);
        Connection c = sim.connect(request());
        return new Observed(c.outcome(), Observed.engineHits(sim.counters()));
    }

    /** The connection, with the MAC address of the node a forwarded flow reaches, found by playing it once. */
    private ConnectRequest request() {
        ConnectRequest req = conn.request();
        Connection first = new Simulator(ruleset, ZoneLab.hostModel(), 1).connect(req);
        for (PacketRecord p : first.packets()) {
            if (p.sender() == Sender.PEER && p.fate() == Fate.SENT) {
                String oif = null;
                for (Step s : p.trace().steps()) {
                    if (s instanceof Step.HookEntered h && h.oif() != null) {
                        oif = h.oif();
                    }
                }
                return req.withTargetMac(MacAddress.parse(Node.behind(oif).mac()));
            }
        }
        return req;
    }

    @Override
    public String connection() {
        return conn.toString();
    }

    @Override
    public String lab() {
        return "zones";
    }

    @Override
    public String describe(Observed kernel, Observed engine) {
        Simulator sim = new Simulator(ruleset, ZoneLab.hostModel(), 1);
        return config + "connection: " + conn + "\n" + NftText.render(ruleset) + "kernel: " + kernel + "\nengine: "
                + engine + "\n" + Scenario.trace(sim.connect(request()));
    }
}
