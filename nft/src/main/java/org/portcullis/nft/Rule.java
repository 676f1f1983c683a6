package org.portcullis.nft;

import java.util.List;

/**
 * A rule: statements evaluated left to right. {@code handle} is the kernel's handle when the rule was
 * read back from a kernel (0 otherwise); {@code comment} may be null.
 */
public record Rule(List<Stmt> stmts, String comment, long handle) {
    public Rule {
        stmts = List.copyOf(stmts);
    }

    public Rule(List<Stmt> stmts) {
        this(stmts, null, 0);
    }
}
