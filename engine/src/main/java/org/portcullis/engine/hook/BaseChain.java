package org.portcullis.engine.hook;

import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Table;

/** A base chain together with the table that holds it. */
public record BaseChain(Table table, Chain chain) implements HookEntry {
    public BaseChain {
        if (!chain.isBase()) {
            throw new IllegalArgumentException(chain.name() + " is not a base chain");
        }
    }

    @Override
    public int priority() {
        return chain.base().priority();
    }

    public ChainType type() {
        return chain.base().type();
    }
}
