package org.portcullis.nft;

/** Relational operators of a match, spelled as libnftables JSON spells them. */
public enum Op {
    EQ("=="), NE("!="), LT("<"), GT(">"), LE("<="), GE(">="), IN("in");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Op fromSymbol(String s) {
        for (Op o : values()) {
            if (o.symbol.equals(s)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown operator " + s);
    }
}
