package org.portcullis.difftest;

import org.portcullis.engine.Connection;
import org.portcullis.engine.Simulator;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.text.NftText;

/** One case: a ruleset for {@code H} and a connection; plays it in the simulator. */
record DiffCase(Ruleset ruleset, Conn conn) {

    Observed simulate() {
        Simulator sim = new Simulator(ruleset, Lab.hostModel(), 1);
        Connection c = sim.connect(conn.request());
        return new Observed(c.outcome(), Observed.engineHits(sim.counters()));
    }

    /** The explanation of the simulated connection, packet by packet. */
    String simulatedTrace() {
        Simulator sim = new Simulator(ruleset, Lab.hostModel(), 1);
        Connection c = sim.connect(conn.request());
        StringBuilder sb = new StringBuilder();
        c.packets().forEach(p -> sb.append("  ").append(p.label()).append(' ').append(p.packet()).append(" -> ")
                .append(p.fate()).append(" by ").append(p.trace().verdict()).append('\n'));
        return sb.toString();
    }

    String describe(Observed kernel, Observed engine) {
        return "connection: " + conn + "\n" + NftText.render(ruleset)
                + "kernel: " + kernel + "\nengine: " + engine + "\n" + simulatedTrace();
    }
}
