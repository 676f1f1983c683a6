package org.portcullis.difftest;

import org.portcullis.engine.Connection;
import org.portcullis.engine.Simulator;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.text.NftText;

/** One case of the direct-rule lab: a ruleset for {@code H} and a connection; plays it in the simulator. */
record DiffCase(Ruleset ruleset, Conn conn) implements Scenario {

    @Override
    public Observed simulate() {
        Simulator sim = new Simulator(ruleset, Lab.hostModel(), 1);
        Connection c = sim.connect(conn.request());
        return new Observed(c.outcome(), Observed.engineHits(sim.counters()));
    }

    @Override
    public String connection() {
        return conn.toString();
    }

    @Override
    public String lab() {
        return "direct";
    }

    @Override
    public String describe(Observed kernel, Observed engine) {
        Simulator sim = new Simulator(ruleset, Lab.hostModel(), 1);
        return "connection: " + conn + "\n" + NftText.render(ruleset)
                + "kernel: " + kernel + "\nengine: " + engine + "\n" + Scenario.trace(sim.connect(conn.request()));
    }
}
