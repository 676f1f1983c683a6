package org.portcullis.compile.rule;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** {@code -m mark --mark V[/M]}: {@code meta mark 0x1} or {@code meta mark & 0xff == 0x1}. */
public final class MarkMatches {
    public static final long FULL_MASK = 0xffffffffL;

    private MarkMatches() {
    }

    public static Stmt.Match translate(long value, long mask, boolean negated) {
        Expr mark = new Expr.Meta("mark");
        Expr left = mask == FULL_MASK ? mark : new Expr.And(mark, new Expr.Num(mask));
        return Matches.match(left, negated, new Expr.Num(value));
    }
}
