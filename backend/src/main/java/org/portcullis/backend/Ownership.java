package org.portcullis.backend;

import java.util.List;

import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/** Which tables belong to Portcullis: those whose name starts with {@code portcullis}. */
public final class Ownership {
    public static final String PREFIX = "portcullis";

    private Ownership() {
    }

    public static boolean owned(String tableName) {
        return tableName.startsWith(PREFIX);
    }

    /** Only the owned tables of {@code r}. */
    public static Ruleset ownedPart(Ruleset r) {
        return new Ruleset(r.tables().stream().filter(t -> owned(t.name())).toList());
    }

    /** Refuses a desired ruleset that holds a table Portcullis does not own, or the same table twice. */
    static void requireOwned(Ruleset desired) {
        List<Table> tables = desired.tables();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (!owned(t.name())) {
                throw new IllegalArgumentException("table " + t.family().nftName() + " " + t.name()
                        + " is not a Portcullis table (names start with " + PREFIX + ")");
            }
            for (int j = 0; j < i; j++) {
                if (tables.get(j).family() == t.family() && tables.get(j).name().equals(t.name())) {
                    throw new IllegalArgumentException("table " + t.family().nftName() + " " + t.name() + " given twice");
                }
            }
        }
    }
}
