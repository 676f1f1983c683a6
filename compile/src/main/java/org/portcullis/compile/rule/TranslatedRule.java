package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.nft.Stmt;

/** One kernel rule produced from an iptables-syntax rule; {@code comment} may be null. */
public record TranslatedRule(List<Stmt> stmts, String comment) {
    public TranslatedRule {
        stmts = List.copyOf(stmts);
    }
}
