package org.portcullis.compile.rule;

import org.portcullis.nft.Expr;
import org.portcullis.nft.Stmt;

/** {@code -i}/{@code -o}: {@code meta iifname}/{@code oifname}, a trailing {@code +} becoming {@code *}. */
public final class InterfaceMatches {
    private InterfaceMatches() {
    }

    public static Stmt.Match in(String name, boolean negated) {
        return Matches.match(new Expr.Meta("iifname"), negated, new Expr.Str(pattern(name)));
    }

    public static Stmt.Match out(String name, boolean negated) {
        return Matches.match(new Expr.Meta("oifname"), negated, new Expr.Str(pattern(name)));
    }

    static String pattern(String iptablesName) {
        return iptablesName.endsWith("+")
                ? iptablesName.substring(0, iptablesName.length() - 1) + "*"
                : iptablesName;
    }
}
