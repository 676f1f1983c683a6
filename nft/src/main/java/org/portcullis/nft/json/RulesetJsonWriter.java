package org.portcullis.nft.json;

import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/** Writes a ruleset as a libnftables JSON document that adds every table. */
public final class RulesetJsonWriter {
    private RulesetJsonWriter() {
    }

    public static String write(Ruleset r) {
        JsonCommands c = new JsonCommands();
        for (Table t : r.tables()) {
            c.define(t);
        }
        return c.finish();
    }
}
