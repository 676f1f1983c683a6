package org.portcullis.difftest;

import org.portcullis.engine.Connection;
import org.portcullis.nft.Ruleset;

/** A case of either lab: a ruleset for {@code H} and one connection, which the simulator can play. */
sealed interface Scenario permits DiffCase, ZoneCase {
    Ruleset ruleset();

    Observed simulate();

    /** The connection as a regression file writes it. */
    String connection();

    /** The lab the case is played in: {@code direct} ({@link Lab}) or {@code zones} ({@link ZoneLab}). */
    String lab();

    /** The case in full: configuration, ruleset, both observations and the simulated packets. */
    String describe(Observed kernel, Observed engine);

    /** The explanation of a simulated connection, packet by packet. */
    static String trace(Connection c) {
        StringBuilder sb = new StringBuilder();
        c.packets().forEach(p -> sb.append("  ").append(p.label()).append(' ').append(p.packet()).append(" -> ")
                .append(p.fate()).append(" by ").append(p.trace().verdict()).append('\n'));
        return sb.toString();
    }
}
