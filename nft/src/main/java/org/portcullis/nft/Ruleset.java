package org.portcullis.nft;

import java.util.List;

/** A whole ruleset: what a kernel holds, or what Portcullis wants it to hold. */
public record Ruleset(List<Table> tables) {
    public static final Ruleset EMPTY = new Ruleset(List.of());

    public Ruleset {
        tables = List.copyOf(tables);
    }

    public Table table(Family family, String name) {
        for (Table t : tables) {
            if (t.family() == family && t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
