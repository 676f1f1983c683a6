package org.portcullis.compile.rule;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/**
 * {@code -j MARK --set-xmark V/M}, i.e. {@code mark = (mark & ~M) ^ V}: {@code meta mark set V} for a full
 * mask, {@code meta mark set meta mark & ~M} when V is 0. Other combinations need an xor expression the
 * intermediate form does not have yet, and are refused.
 */
public final class MarkStatements {
    private MarkStatements() {
    }

    public static Stmt.Mangle translate(long value, long mask) {
        Expr mark = new Expr.Meta("mark");
        if (mask == MarkMatches.FULL_MASK) {
            return new Stmt.Mangle(mark, new Expr.Num(value));
        }
        if (value == 0) {
            return new Stmt.Mangle(mark, new Expr.And(mark, new Expr.Num(~mask & MarkMatches.FULL_MASK)));
        }
        throw new FirewallException(ErrorCode.COMMAND_FAILED, String.format(
                "MARK --set-xmark 0x%x/0x%x is not supported by Portcullis", value, mask));
    }
}
