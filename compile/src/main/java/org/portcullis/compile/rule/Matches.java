package org.portcullis.compile.rule;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/** Small helpers shared by the match translators. */
final class Matches {
    private Matches() {
    }

    static Op eq(boolean negated) {
        return negated ? Op.NE : Op.EQ;
    }

    static Stmt.Match match(Expr left, boolean negated, Expr right) {
        return new Stmt.Match(left, eq(negated), right);
    }
}
