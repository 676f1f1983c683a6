package org.portcullis.compile.rule;

import java.util.Locale;

import org.portcullis.model.rule.LimitUnit;
import org.portcullis.nft.Stmt;

/** {@code -m limit --limit N/unit --limit-burst B}: {@code limit rate N/unit burst B packets}. */
public final class LimitStatements {
    private LimitStatements() {
    }

    public static Stmt.Limit translate(int rate, LimitUnit unit, int burst) {
        return new Stmt.Limit(rate, unit.name().toLowerCase(Locale.ROOT), burst, false);
    }
}
